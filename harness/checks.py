"""Checks for hidden tests: compare a learner's answer with the expected one.

Every check runs in the harness process on data decoded from the worker, and
fails with one line in words: what is wrong (type, shape, dtype, worst element),
then the trap it points to. Nothing broadcasts: an ``(n, 1)`` answer where
``(n,)`` is due fails. NaN and inf are right only where the expected value has
them too. Tolerances come from the kata's ``[tolerance]`` table (set by the
plugin before each test) unless a test passes its own.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from harness.catalog import Tolerance
from harness.proxy import LearnerProxy, LearnerRaised

_tolerance = Tolerance(rtol=1e-7, atol=0.0, rtol_float32=1e-4, atol_float32=1e-6)


def use_tolerance(tolerance: Tolerance) -> None:
    """Set the default tolerances of the current kata (the plugin calls this)."""
    global _tolerance
    _tolerance = tolerance


def _number(value: float) -> str:
    return f"{value:.6g}"


def _pair(actual: float, expected: float) -> tuple[str, str]:
    """Both numbers, with enough digits that they do not print the same."""
    for digits in (6, 10, 17):
        shown = f"{actual:.{digits}g}", f"{expected:.{digits}g}"
        if shown[0] != shown[1]:
            return shown
    return shown


def _index(index: tuple[int, ...]) -> str:
    return "[" + ", ".join(str(i) for i in index) + "]" if index else "(the only element)"


def _type_name(value: Any) -> str:
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape}"
    if isinstance(value, (list, tuple)):
        return f"a {type(value).__name__} of length {len(value)}"
    name = type(value).__name__
    return f"{'an' if name[:1] in 'aeiou' else 'a'} {name}"


def _fail(what: str, problem: str, trap: str | None) -> None:
    message = f"{what} {problem}"
    if trap:
        message += f". {trap}"
    raise AssertionError(message)


def _check_dtype(actual: np.ndarray, expected: np.ndarray, what: str, trap: str | None) -> None:
    if expected.dtype == np.float64 and actual.dtype != np.float64:
        _fail(
            what,
            f"has dtype {actual.dtype}, expected float64: a float64 input must give a float64 result",
            trap,
        )
    kinds = {"f": "a float", "i": "an int", "u": "an int", "b": "a bool"}
    compatible = {"f": "f", "i": "iu", "u": "iu", "b": "b"}
    if actual.dtype.kind not in compatible.get(expected.dtype.kind, expected.dtype.kind):
        _fail(what, f"has dtype {actual.dtype}, expected {kinds.get(expected.dtype.kind)} dtype", trap)


def _tolerances(expected: np.ndarray, rtol: float | None, atol: float | None) -> tuple[float, float]:
    loose = expected.dtype == np.float32
    default_rtol = _tolerance.rtol_float32 if loose else _tolerance.rtol
    default_atol = _tolerance.atol_float32 if loose else _tolerance.atol
    return (default_rtol if rtol is None else rtol), (default_atol if atol is None else atol)


def _first(mask: np.ndarray) -> tuple[int, ...]:
    """The index of the first True element of mask."""
    return tuple(int(i) for i in np.argwhere(mask)[0])


def _compare_arrays(
    actual: np.ndarray, expected: np.ndarray, what: str, trap: str | None, rtol: float, atol: float
) -> None:
    if actual.dtype.kind == "b" or expected.dtype.kind in "biu":
        wrong = actual != expected
        if wrong.any():
            index = _first(wrong)
            _fail(
                what,
                f"is wrong at {_index(index)}: got {actual[index]}, expected {expected[index]}"
                f" ({int(wrong.sum())} of {wrong.size} elements wrong)",
                trap,
            )
        return
    actual64 = actual.astype(np.float64)
    expected64 = expected.astype(np.float64)
    actual_nan, expected_nan = np.isnan(actual64), np.isnan(expected64)
    bad_nan = actual_nan != expected_nan
    if bad_nan.any():
        index = _first(bad_nan)
        _fail(
            what,
            f"is {_number(actual64[index])} at {_index(index)}, expected "
            f"{_number(expected64[index])} ({int(bad_nan.sum())} NaN element(s) out of place)",
            trap,
        )
    actual_inf, expected_inf = np.isinf(actual64), np.isinf(expected64)
    bad_inf = (actual_inf | expected_inf) & (actual64 != expected64)
    if bad_inf.any():
        index = _first(bad_inf)
        _fail(
            what,
            f"is {_number(actual64[index])} at {_index(index)}, expected {_number(expected64[index])}",
            trap,
        )
    finite = ~(expected_nan | expected_inf)
    with np.errstate(invalid="ignore", over="ignore"):
        difference = np.where(finite, np.abs(actual64 - expected64), 0.0)
        allowed = atol + rtol * np.abs(np.where(finite, expected64, 0.0))
        excess = difference - allowed
    if (excess > 0).any():
        flat = int(np.argmax(np.where(excess > 0, difference / np.maximum(allowed, 1e-300), -1.0)))
        index = tuple(int(i) for i in np.unravel_index(flat, actual.shape))
        count = int((excess > 0).sum())
        got, due = _pair(float(actual64[index]), float(expected64[index]))
        _fail(
            what,
            f"is wrong at {_index(index)}: got {got}, expected "
            f"{due} (off by {difference[index]:.2g}, tolerance "
            f"{allowed[index]:.2g}; {count} of {actual.size} elements wrong)",
            trap,
        )


def _compare_scalar(
    actual: Any, expected: Any, what: str, trap: str | None, rtol: float | None, atol: float | None
) -> None:
    expected_int = isinstance(expected, (int, np.integer)) and not isinstance(expected, bool)
    if isinstance(actual, (bool, np.bool_)) or not isinstance(actual, (int, float, np.integer, np.floating)):
        due = "an int" if expected_int else "a float"
        _fail(what, f"is {_type_name(actual)}, expected {due} (a single number)", trap)
    if expected_int:
        if not isinstance(actual, (int, np.integer)):
            _fail(what, f"is {actual!r}, a {type(actual).__name__}; expected the int {expected}", trap)
        if int(actual) != int(expected):
            _fail(what, f"is {int(actual)}, expected {int(expected)}", trap)
        return
    expected_array = np.asarray(expected, dtype=np.float64)
    _compare_arrays(
        np.asarray(actual, dtype=np.float64),
        expected_array,
        what,
        trap,
        *_tolerances(expected_array, rtol, atol),
    )


def assert_close(
    actual: Any,
    expected: Any,
    *,
    trap: str | None = None,
    what: str = "your result",
    rtol: float | None = None,
    atol: float | None = None,
    dtype_trap: str | None = None,
) -> None:
    """Fail unless actual matches expected in type, shape, dtype kind and value.

    expected may be an array, a number, or a tuple or list of those (each part
    is checked in turn, named ``what[i]``). trap follows any mismatch except a
    wrong dtype, whose message says what to do; dtype_trap, if given, follows that.
    """
    if isinstance(expected, (tuple, list)):
        if not isinstance(actual, (tuple, list)):
            _fail(what, f"is {_type_name(actual)}, expected a tuple of {len(expected)} values", trap)
        if len(actual) != len(expected):
            _fail(what, f"has {len(actual)} values, expected {len(expected)}", trap)
        for position, (part, due) in enumerate(zip(actual, expected)):
            assert_close(
                part, due, trap=trap, what=f"{what}[{position}]", rtol=rtol, atol=atol, dtype_trap=dtype_trap
            )
        return
    if isinstance(expected, np.ndarray):
        if isinstance(actual, list):
            _fail(what, f"is a list, expected a NumPy array of shape {expected.shape}", trap)
        if not isinstance(actual, np.ndarray):
            _fail(what, f"is {_type_name(actual)}, expected a NumPy array of shape {expected.shape}", trap)
        if actual.shape != expected.shape:
            _fail(what, f"has shape {actual.shape}, expected {expected.shape}", trap)
        _check_dtype(actual, expected, what, dtype_trap)
        _compare_arrays(actual, expected, what, trap, *_tolerances(expected, rtol, atol))
        return
    if isinstance(actual, np.ndarray):
        due = "an int" if isinstance(expected, (int, np.integer)) else "a float"
        _fail(
            what,
            f"is an array of shape {actual.shape}, expected {due}; convert with "
            f"{'int' if due == 'an int' else 'float'}(...)",
            trap,
        )
    _compare_scalar(actual, expected, what, trap, rtol, atol)


def answer(learner: LearnerProxy, *args: Any, trap: str | None = None, **kwargs: Any) -> Any:
    """The learner's answer; when the function raises, the failure names the trap too.

    NotImplementedError passes through untouched, so that a stub is "not started".
    """
    try:
        return learner(*args, **kwargs)
    except LearnerRaised as raised:
        if raised.not_implemented or not trap:
            raise
        raise AssertionError(f"{raised.describe()}. {trap}") from None


def assert_matches_reference(
    learner: LearnerProxy, reference: Any, *args: Any, trap: str | None = None, **kwargs: Any
) -> None:
    """Call both functions on the same inputs and compare (see assert_close)."""
    assert_close(answer(learner, *args, trap=trap, **kwargs), reference(*args, **kwargs), trap=trap)


def assert_raises(
    learner: LearnerProxy, error: type[BaseException], *args: Any, trap: str, **kwargs: Any
) -> None:
    """Fail unless the learner's function raises error (or a subclass) for these arguments."""
    try:
        value = learner(*args, **kwargs)
    except LearnerRaised as raised:
        if error.__name__ in raised.mro:
            return
        if raised.not_implemented:
            raise  # a stub: "not started", not a wrong answer
        raise AssertionError(
            f"raised {raised.type_name} ({raised.message_line}), expected {error.__name__}. {trap}"
        ) from None
    raise AssertionError(f"returned {_type_name(value)} instead of raising {error.__name__}. {trap}")


def assert_inputs_unchanged(learner: LearnerProxy, *args: Any, **kwargs: Any) -> Any:
    """Call the learner's function and fail if it changed any of its array inputs."""
    result = learner.call(*args, **kwargs)
    sent = list(args) + list(kwargs.values())
    returned = list(result.args_after) + [result.kwargs_after.get(key) for key in kwargs]
    names = [f"argument {i + 1}" for i in range(len(args))] + [f"argument {key}" for key in kwargs]
    for name, before, after in zip(names, sent, returned):
        if isinstance(before, np.ndarray):
            if (
                not isinstance(after, np.ndarray)
                or after.shape != before.shape
                or after.dtype != before.dtype
                or not np.array_equal(after, before, equal_nan=True)
            ):
                raise AssertionError(
                    f"your function changed its input ({name}) in place; work on a copy or "
                    "use operations that return new arrays (x = x - m, not x -= m)"
                )
    return result.value


def assert_probabilities(actual: Any, axis: int, what: str = "your result") -> None:
    """Fail unless every slice along axis is non-negative and sums to 1."""
    if not isinstance(actual, np.ndarray):
        _fail(what, f"is {_type_name(actual)}, expected a NumPy array", None)
    if (actual < 0).any() or not np.isfinite(actual).all():
        _fail(what, "has negative or non-finite probabilities", None)
    sums = actual.sum(axis=axis)
    worst = float(np.max(np.abs(sums - 1.0))) if sums.size else 0.0
    if worst > 1e-6:
        _fail(what, f"has slices along axis {axis} that sum to {1.0 + worst:.6g} or further from 1", None)
