"""Comparing an answer with the expected one, and saying precisely what differs.

``difference(actual, expected, ...)`` returns None when they match, else a
``Difference``: its kind (``type``, ``shape``, ``dtype`` or ``value``) and one
sentence that says what differs without guessing a cause: the worst element and
its index, the relative error, how many elements, and a pattern when one fits
("off by a constant factor of 4", "transposed"). Nothing broadcasts: an
``(n, 1)`` answer where ``(n,)`` is due differs. NaN and inf are right only where
the expected value has them too. The harness calls this on data it decoded itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from harness.catalog import Tolerance

DEFAULT_TOLERANCE = Tolerance(rtol=1e-7, atol=0.0, rtol_float32=1e-4, atol_float32=1e-6)
KINDS = {"f": "a float", "i": "an int", "u": "an int", "b": "a bool"}
COMPATIBLE = {"f": "f", "i": "iu", "u": "iu", "b": "b"}


@dataclass(frozen=True)
class Difference:
    kind: str  # "type", "shape", "dtype" or "value"
    text: str  # "your result has shape (3,), expected (3, 1)"
    error: float = float("inf")  # the worst relative error (inf when not comparable)


def type_name(value: Any) -> str:
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape}"
    if isinstance(value, (list, tuple)):
        return f"a {type(value).__name__} of length {len(value)}"
    if isinstance(value, dict):
        return f"a dict with keys {_keys(value)}"
    name = type(value).__name__
    return f"{'an' if name[:1] in 'aeiou' else 'a'} {name}"


def _keys(mapping: dict) -> str:
    return ", ".join(repr(key) for key in mapping) if mapping else "none"


def _dict_difference(
    actual: Any, expected: dict, what: str, tolerance: Tolerance, rtol: float | None, atol: float | None
) -> Difference | None:
    """Each value of a dict compared in turn, named ``what['key']`` (mlp_backward's gradients)."""
    if not isinstance(actual, dict):
        return Difference(
            "type", f"{what} is {type_name(actual)}, expected a dict with keys {_keys(expected)}"
        )
    missing = [key for key in expected if key not in actual]
    extra = [key for key in actual if key not in expected]
    if missing or extra:
        parts = [f"no key {_keys(dict.fromkeys(missing))}"] if missing else []
        parts += [f"an unexpected key {_keys(dict.fromkeys(extra))}"] if extra else []
        return Difference("type", f"{what} has {' and '.join(parts)}; expected the keys {_keys(expected)}")
    for key, due in expected.items():
        found = difference(
            actual[key], due, what=f"{what}[{key!r}]", tolerance=tolerance, rtol=rtol, atol=atol
        )
        if found is not None:
            return found
    return None


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


def tolerances(
    expected: np.ndarray, tolerance: Tolerance, rtol: float | None = None, atol: float | None = None
) -> tuple[float, float]:
    loose = expected.dtype == np.float32
    default_rtol = tolerance.rtol_float32 if loose else tolerance.rtol
    default_atol = tolerance.atol_float32 if loose else tolerance.atol
    return (default_rtol if rtol is None else rtol), (default_atol if atol is None else atol)


def _first(mask: np.ndarray) -> tuple[int, ...]:
    return tuple(int(i) for i in np.argwhere(mask)[0])


def _pattern(actual: np.ndarray, expected: np.ndarray, rtol: float, atol: float) -> str:
    """A simple relation between two float arrays of one shape, or ""."""
    if actual.size < 2 or not (np.isfinite(actual).all() and np.isfinite(expected).all()):
        return ""
    with np.errstate(all="ignore"):
        if actual.ndim >= 2 and actual.shape[-1] == actual.shape[-2]:
            if np.allclose(actual, np.swapaxes(expected, -1, -2), rtol=rtol, atol=atol):
                return "; it is the expected result transposed (last two axes swapped)"
        if np.allclose(actual, -expected, rtol=rtol, atol=atol):
            return "; it has the opposite sign everywhere"
        nonzero = np.abs(expected) > 1e-12
        if nonzero.sum() >= 2:
            ratios = actual[nonzero] / expected[nonzero]
            factor = float(np.median(ratios))
            if factor != 0 and np.allclose(actual, factor * expected, rtol=max(rtol, 1e-9), atol=atol):
                return f"; it is off by a constant factor of {factor:.6g} everywhere"
        shift = float(np.median(actual - expected))
        if np.allclose(actual, expected + shift, rtol=max(rtol, 1e-9), atol=max(atol, 1e-12)):
            return f"; it is off by a constant {shift:+.6g} everywhere"
    return ""


def _exact_difference(actual: np.ndarray, expected: np.ndarray, what: str) -> Difference | None:
    wrong = actual != expected
    if not wrong.any():
        return None
    index = _first(wrong)
    return Difference(
        "value",
        f"{what} is wrong at {_index(index)}: got {actual[index]}, expected {expected[index]}"
        f" ({int(wrong.sum())} of {wrong.size} elements wrong)",
    )


def _special_values(actual: np.ndarray, expected: np.ndarray, what: str) -> Difference | None:
    """NaN or inf where the expected value has none, or the reverse."""
    actual_nan, expected_nan = np.isnan(actual), np.isnan(expected)
    bad = actual_nan != expected_nan
    if not bad.any():
        bad = (np.isinf(actual) | np.isinf(expected)) & (actual != expected)
    if not bad.any():
        return None
    index = _first(bad)
    return Difference(
        "value",
        f"{what} is {_number(actual[index])} at {_index(index)}, expected {_number(expected[index])}"
        f" ({int(bad.sum())} of {bad.size} elements wrong)",
    )


def _float_difference(
    actual: np.ndarray, expected: np.ndarray, what: str, rtol: float, atol: float
) -> Difference | None:
    actual64, expected64 = actual.astype(np.float64), expected.astype(np.float64)
    special = _special_values(actual64, expected64, what)
    if special is not None:
        return special
    finite = np.isfinite(expected64)
    with np.errstate(invalid="ignore", over="ignore"):
        difference = np.where(finite, np.abs(actual64 - expected64), 0.0)
        allowed = atol + rtol * np.abs(np.where(finite, expected64, 0.0))
        wrong = difference > allowed
    if not wrong.any():
        return None
    scale = np.maximum(np.abs(expected64), 1e-300)
    with np.errstate(over="ignore"):  # a huge error over a tiny scale is inf: still the worst
        relative = np.where(wrong, difference / scale, -1.0)
        flat = int(np.argmax(np.where(wrong, difference / np.maximum(allowed, 1e-300), -1.0)))
    index = tuple(int(i) for i in np.unravel_index(flat, actual.shape))
    got, due = _pair(float(actual64[index]), float(expected64[index]))
    worst = float(relative[index])
    relative_text = (
        f"relative error {worst:.2g}" if expected64[index] != 0 else f"off by {difference[index]:.2g}"
    )
    return Difference(
        "value",
        f"{what} is wrong at {_index(index)}: got {got}, expected {due} ({relative_text}; "
        f"{int(wrong.sum())} of {actual.size} elements wrong)" + _pattern(actual64, expected64, rtol, atol),
        float(np.max(relative)),
    )


def _array_difference(
    actual: Any, expected: np.ndarray, what: str, tolerance: Tolerance, rtol: float | None, atol: float | None
) -> Difference | None:
    if not isinstance(actual, np.ndarray):
        kind = "a list" if isinstance(actual, list) else type_name(actual)
        return Difference("type", f"{what} is {kind}, expected a NumPy array of shape {expected.shape}")
    if actual.shape != expected.shape:
        hint = ""
        squeezed = tuple(n for n in actual.shape if n != 1) == tuple(n for n in expected.shape if n != 1)
        if squeezed and actual.ndim > expected.ndim:
            hint = " (an extra axis of length 1)"
        elif squeezed and actual.ndim < expected.ndim:
            hint = " (an axis of length 1 missing)"
        elif actual.ndim == expected.ndim > 1 and actual.shape == expected.shape[::-1]:
            hint = " (the axes reversed)"
        elif actual.size == expected.size > 1:
            hint = " (as many elements, arranged differently)"
        return Difference("shape", f"{what} has shape {actual.shape}, expected {expected.shape}{hint}")
    if expected.dtype == np.float64 and actual.dtype != np.float64:
        return Difference(
            "dtype", f"{what} has dtype {actual.dtype}: a float64 input must give a float64 result"
        )
    if actual.dtype.kind not in COMPATIBLE.get(expected.dtype.kind, expected.dtype.kind):
        return Difference(
            "dtype", f"{what} has dtype {actual.dtype}, expected {KINDS.get(expected.dtype.kind)} dtype"
        )
    if actual.dtype.kind == "b" or expected.dtype.kind in "biu":
        return _exact_difference(actual, expected, what)
    return _float_difference(actual, expected, what, *tolerances(expected, tolerance, rtol, atol))


def _scalar_difference(
    actual: Any, expected: Any, what: str, tolerance: Tolerance, rtol: float | None, atol: float | None
) -> Difference | None:
    expected_int = isinstance(expected, (int, np.integer)) and not isinstance(expected, bool)
    due = "an int" if expected_int else "a float"
    if isinstance(actual, np.ndarray):
        convert = "int" if expected_int else "float"
        return Difference(
            "type", f"{what} is an array of shape {actual.shape}, expected {due}; convert with {convert}(...)"
        )
    if isinstance(actual, (bool, np.bool_)) or not isinstance(actual, (int, float, np.integer, np.floating)):
        return Difference("type", f"{what} is {type_name(actual)}, expected {due} (a single number)")
    if expected_int:
        if not isinstance(actual, (int, np.integer)):
            return Difference("type", f"{what} is {actual!r}, a {type(actual).__name__}; expected an int")
        if int(actual) != int(expected):
            return Difference("value", f"{what} is {int(actual)}, expected {int(expected)}")
        return None
    expected_array = np.asarray(expected, dtype=np.float64)
    return _float_difference(
        np.asarray(actual, dtype=np.float64),
        expected_array,
        what,
        *tolerances(expected_array, tolerance, rtol, atol),
    )


def _zero_d(actual: Any, expected: Any) -> tuple[Any, Any]:
    """A NumPy scalar and a 0-d array are the same answer: NumPy returns either, by the operations."""
    numpy_scalars = (np.generic, np.ndarray)
    if isinstance(actual, numpy_scalars) and isinstance(expected, numpy_scalars):
        if np.ndim(actual) == 0 and np.ndim(expected) == 0:
            return np.asarray(actual), np.asarray(expected)
    return actual, expected


def difference(
    actual: Any,
    expected: Any,
    *,
    what: str = "your result",
    tolerance: Tolerance = DEFAULT_TOLERANCE,
    rtol: float | None = None,
    atol: float | None = None,
) -> Difference | None:
    """None when actual matches expected in type, shape, dtype kind and value; else what differs.

    expected may be an array, a number, or a tuple or list of those (each part is
    compared in turn, named ``what[i]``), or a dict of those (each value named
    ``what['key']``, the keys in any order). Tolerances come from tolerance (float64
    or float32, by the expected dtype) unless rtol or atol is given.
    """
    actual, expected = _zero_d(actual, expected)
    if expected is None:  # best_split's "no candidate" threshold
        return None if actual is None else Difference("type", f"{what} is {type_name(actual)}, expected None")
    if isinstance(expected, (tuple, list)):
        # A list is due where the catalog says "returns a list" (clip_grad_norm): a tuple is wrong
        # there. Where a tuple is due ((w, b), (loss, grads)), a list of the same values passes.
        container = type(expected).__name__
        if not isinstance(actual, (tuple, list)) or (container == "list" and not isinstance(actual, list)):
            due = f"expected a {container} of {len(expected)} values"
            return Difference("type", f"{what} is {type_name(actual)}, {due}")
        if len(actual) != len(expected):
            return Difference("type", f"{what} has {len(actual)} values, expected {len(expected)}")
        for position, (part, due) in enumerate(zip(actual, expected)):
            found = difference(
                part, due, what=f"{what}[{position}]", tolerance=tolerance, rtol=rtol, atol=atol
            )
            if found is not None:
                return found
        return None
    if isinstance(expected, dict):
        return _dict_difference(actual, expected, what, tolerance, rtol, atol)
    if isinstance(expected, np.ndarray):
        return _array_difference(actual, expected, what, tolerance, rtol, atol)
    if isinstance(expected, str):  # skipgram_pairs' tokens
        if isinstance(actual, str) and actual == expected:
            return None
        return Difference("value", f"{what} is {actual!r}, expected {expected!r}")
    return _scalar_difference(actual, expected, what, tolerance, rtol, atol)


def _float_distance(actual: np.ndarray, expected: np.ndarray) -> float:
    a, e = actual.astype(np.float64), expected.astype(np.float64)
    if not np.array_equal(np.isnan(a), np.isnan(e)):
        return float("inf")
    both = ~np.isnan(a)
    a, e = a[both], e[both]
    infinite = np.isinf(a) | np.isinf(e)
    if (a[infinite] != e[infinite]).any():
        return float("inf")
    a, e = a[~infinite], e[~infinite]
    if a.size == 0:
        return 0.0
    return float(np.max(np.abs(a - e) / (np.abs(e) + 1e-12)))


def distance(actual: Any, expected: Any) -> float:
    """The worst relative error between two answers of one structure; inf when not comparable.

    0.0 means equal. Used to rank mistake models: the model nearest to the
    learner's answer explains it best.
    """
    actual, expected = _zero_d(actual, expected)
    if expected is None:  # best_split's "no candidate" threshold
        return 0.0 if actual is None else float("inf")
    if isinstance(expected, (tuple, list)):
        if not isinstance(actual, (tuple, list)) or len(actual) != len(expected):
            return float("inf")
        if isinstance(expected, list) and not isinstance(actual, list):
            return float("inf")
        return max((distance(a, e) for a, e in zip(actual, expected)), default=0.0)
    if isinstance(expected, dict):
        if not isinstance(actual, dict) or actual.keys() != expected.keys():
            return float("inf")
        return max((distance(actual[key], due) for key, due in expected.items()), default=0.0)
    if isinstance(expected, np.ndarray) != isinstance(actual, np.ndarray):
        return float("inf")
    if isinstance(expected, np.ndarray):
        if actual.shape != expected.shape or actual.dtype.kind not in COMPATIBLE.get(
            expected.dtype.kind, "f"
        ):
            return float("inf")
        if expected.dtype.kind in "biu":
            return 0.0 if np.array_equal(actual, expected) else float("inf")
        return _float_distance(actual, expected)
    numbers = (int, float, np.integer, np.floating)
    if not isinstance(actual, numbers) or not isinstance(expected, numbers):
        return 0.0 if type(actual) is type(expected) and actual == expected else float("inf")
    if isinstance(expected, (int, np.integer)) and not isinstance(expected, bool):
        if not isinstance(actual, (int, np.integer)):
            return float("inf")
    return _float_distance(np.asarray(actual, dtype=np.float64), np.asarray(expected, dtype=np.float64))
