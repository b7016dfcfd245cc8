"""Checks for hidden tests: compare a learner's answer with the reference's, and diagnose.

Every check runs in the harness process on data decoded from the worker. A
failed check raises ``Diagnosed`` (an AssertionError) whose one-line message is
its diagnosis: the kata's mistake that the answer matches (``harness.diagnosis``),
else precisely what differs (``harness.compare``). Shape, dtype and type problems
get their own sentences; a function that raised is reported with its inputs'
shapes and dtypes and the learner's own line. Tolerances and mistake models come
from the current kata (the plugin calls ``use_kata`` before each test).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from harness import diagnosis as diagnoses
from harness.catalog import Kata
from harness.compare import DEFAULT_TOLERANCE, Difference, difference, type_name
from harness.diagnosis import Diagnosed, Diagnosis, Mistake
from harness.proxy import CallResult, LearnerProxy, LearnerRaised


@dataclass
class _Context:
    kata: Kata | None = None
    tolerance: Any = DEFAULT_TOLERANCE
    mistakes: list[Mistake] = field(default_factory=list)


_context = _Context()


def use_kata(kata: Kata, reference: Callable[..., Any] | None = None) -> None:
    """Set the current kata: its tolerances and its mistake models (the plugin calls this)."""
    global _context
    _context = _Context(kata, kata.tolerance, diagnoses.kata_mistakes(kata, reference))


def mistake_models() -> list[Mistake]:
    """The current kata's mistake models (harness.statistics predicts with them too)."""
    return list(_context.mistakes)


def mistake_says(key: str) -> str:
    """The sentence of the current kata's mistake named key; KeyError for an unknown key."""
    for known in _context.mistakes:
        if known.key == key:
            return known.says
    raise KeyError(f"the kata has no mistake model named {key!r} (katas/<slug>/mistakes.py)")


def _describe(value: Any) -> str:
    if isinstance(value, np.ndarray):
        return f"{value.dtype} {value.shape}"
    if isinstance(value, (list, tuple)):
        return f"{type(value).__name__} of {len(value)}"
    text = repr(value)
    return text if len(text) <= 40 else type_name(value)


def _argument_name(position: int) -> str:
    """The name of a positional argument, as the current kata's signature gives it."""
    names = [p.name for p in _context.kata.parameters] if _context.kata else []
    return names[position] if position < len(names) else f"argument {position + 1}"


def describe_inputs(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    """``Q float64 (2, 3, 4), K float64 (2, 5, 4), mask=None``: the inputs of a call, briefly."""
    parts = [f"{_argument_name(position)}={_describe(value)}" for position, value in enumerate(args)]
    parts.extend(f"{name}={_describe(value)}" for name, value in kwargs.items())
    return ", ".join(parts)


def _cut_at_word(text: str, length: int) -> str:
    """text, or its first length characters and the rest of the word they end in, then "..."."""
    if len(text) <= length:
        return text
    end = text.find(" ", length - 3)
    return text if end < 0 else text[:end] + "..."


def _raised(raised: LearnerRaised, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Diagnosed:
    where = f" at {raised.traceback[-1]}" if raised.traceback else ""
    detail = f"your function raised {raised.message_line}{where}, on {describe_inputs(args, kwargs)}"
    candidates = diagnoses.matching_raise(_context.mistakes, raised.type_name, raised.message, args, kwargs)
    diagnosis = Diagnosis.of(detail, "raised", candidates)
    diagnosis.fold = f"{raised.type_name}{where}"
    line = re.search(r", line (\d+)", raised.traceback[-1]) if raised.traceback else None
    message = _cut_at_word(raised.message_line, 60)
    at_line = f" at line {line.group(1)}" if line else ""
    diagnosis.brief = f"raised {message}{at_line}, on {describe_inputs(args, kwargs)}"
    return Diagnosed(diagnosis)


def _call(learner: LearnerProxy, args: tuple[Any, ...], kwargs: dict[str, Any]) -> CallResult:
    """The learner's call; when the function raises, a diagnosis that gives the inputs.

    NotImplementedError and errors reported in other words (memory, output) pass
    through untouched, so that a stub is "not started".
    """
    try:
        return learner.call(*args, **kwargs)
    except LearnerRaised as raised:
        passes_through = raised.not_implemented or raised.raised_elsewhere  # a stub: the message says which
        if passes_through or raised.type_name == "OutputLimitExceeded" or "MemoryError" in raised.mro:
            raise
        raise _raised(raised, args, kwargs) from None


def answer(learner: LearnerProxy, *args: Any, **kwargs: Any) -> Any:
    """The learner's answer (see _call for a function that raises)."""
    return _call(learner, args, kwargs).value


def _aliased(aliases: list[str], args: tuple[Any, ...], kwargs: dict[str, Any], changed: bool) -> Diagnosed:
    """A result that is an input (or a view of it); an input also changed is the in-place mistake."""
    shown = [_argument_name(int(a)) if a.isdigit() else a for a in aliases]
    inputs = describe_inputs(args, kwargs)
    detail = f"your result shares memory with your input {', '.join(shown)}, on {inputs}"
    named = (diagnoses.IN_PLACE, diagnoses.IN_PLACE_SAYS) if changed else None
    named = named or (diagnoses.RETURNS_INPUT, diagnoses.RETURNS_INPUT_SAYS)
    return Diagnosed(Diagnosis.of(detail, "in_place", [named]))


def _warned(warned: list[str], args: tuple[Any, ...], kwargs: dict[str, Any], key: str | None) -> Diagnosed:
    more = f" and {len(warned) - 1} more" if len(warned) > 1 else ""
    detail = f"your function warned {warned[0]}{more}, on {describe_inputs(args, kwargs)}"
    named = (key, mistake_says(key)) if key else (diagnoses.WARNS, diagnoses.WARNS_SAYS)
    diagnosis = Diagnosis.of(detail, "warned", [named])
    diagnosis.brief = f"warned {_cut_at_word(warned[0], 60)}, on {describe_inputs(args, kwargs)}"
    return Diagnosed(diagnosis)


def _diagnosed(
    found: Any,
    answer_value: Any,
    expected: Any,
    args: tuple,
    kwargs: dict,
    tolerances: dict[str, Any],
    mistakes: list[Mistake] | None = None,
) -> Diagnosed:
    candidates, contradicted = diagnoses.evidence(
        _context.mistakes if mistakes is None else mistakes,
        answer_value,
        expected,
        args,
        kwargs,
        **tolerances,
    )
    if (
        not candidates
        and found.kind == "dtype"
        and "a float64 input must give a float64 result" in found.text
    ):
        candidates = [(diagnoses.FLOAT32, diagnoses.FLOAT32_SAYS)]
        contradicted = [key for key in contradicted if key != diagnoses.FLOAT32]
    return Diagnosed(Diagnosis.of(found.text, found.kind, candidates, contradicted))


def _part(value: Any, part: tuple[Any, ...]) -> Any:
    """value[part[0]][part[1]]...: one item of a tuple or dict answer (KeyError, IndexError or
    TypeError when the answer has no such item)."""
    for step in part:
        if not isinstance(value, (tuple, list, dict)):
            raise TypeError(f"{type_name(value)} has no items")
        value = value[step]
    return value


def _part_of_models(mistakes: list[Mistake], part: tuple[Any, ...]) -> list[Mistake]:
    """The mistakes whose models answer only that part: one right there names nothing."""

    def cut(model: Callable[..., Any]) -> Callable[..., Any]:
        return lambda *args, **kwargs: _part(model(*args, **kwargs), part)

    return [replace(known, model=cut(known.model)) for known in mistakes]


def _focus(
    value: Any, expected: Any, part: tuple[Any, ...], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[Any, Any, str, list[Mistake]]:
    """What expect compares: (the learner's value, the reference's, the name of the value in
    messages, the mistake models answering it), cut to part when the learner's answer has it."""
    if part:
        try:
            value = _part(value, part)
        except (KeyError, IndexError, TypeError):  # no such item: compared whole, the message says why
            return value, expected, "your result", _context.mistakes
        named = "your result" + "".join(f"[{step!r}]" for step in part)
        return value, _part(expected, part), named, _part_of_models(_context.mistakes, part)
    if _context.kata is not None and not isinstance(expected, (np.ndarray, tuple, list, dict)):
        return value, expected, f"{_context.kata.slug}({describe_inputs(args, kwargs)})", _context.mistakes
    return value, expected, "your result", _context.mistakes


def expect(
    learner: LearnerProxy,
    reference: Callable[..., Any],
    *args: Any,
    rtol: float | None = None,
    atol: float | None = None,
    same_dtype: bool = False,
    no_warnings: bool | str = False,
    part: tuple[Any, ...] = (),
    **kwargs: Any,
) -> Any:
    """Call the learner's function and the reference on the same inputs; fail with a diagnosis.

    Returns the learner's answer, or its part (for further checks). Raises Diagnosed
    when the answer differs in type, shape, dtype or value (rtol and atol override the
    kata's tolerances), naming a mistake model only when the answer matches it.
    The dtype is compared by kind (float64 for float32 passes) unless same_dtype.
    With no_warnings, a right answer whose call warned (NumPy's "overflow
    encountered in exp", "divide by zero encountered in log") fails too, naming
    the common mistake ``warns``, or the kata's mistake whose key no_warnings
    gives: for katas whose catalog entry says "no warning".

    With part, a path of indices and keys such as (1, "W1"), only that item of a tuple
    or dict answer is compared (the learner's, the reference's and each mistake
    model's), so that each test of an answer of several values judges one of them and
    its message names it: "your result[1]['W1'] is wrong at ...". An answer without
    that item is compared whole, so that its type or structure is what the message says.
    """
    called = _call(learner, args, kwargs)
    value, expected, what, mistakes = _focus(called.value, reference(*args, **kwargs), part, args, kwargs)
    found = difference(value, expected, what=what, tolerance=_context.tolerance, rtol=rtol, atol=atol)
    if found is None and same_dtype and (found := _dtype_difference(value, expected, what)):
        found_in = diagnoses.dtype_evidence(mistakes, value, expected, args, kwargs)
        raise Diagnosed(Diagnosis.of(found.text, found.kind, *found_in))
    if found is not None:
        tolerances = {"tolerance": _context.tolerance, "rtol": rtol, "atol": atol}
        raise _diagnosed(found, value, expected, args, kwargs, tolerances, mistakes)
    if called.aliases:
        raise _aliased(called.aliases, args, kwargs, _changed_input(args, kwargs, called) is not None)
    if no_warnings and called.warnings:
        raise _warned(called.warnings, args, kwargs, no_warnings if isinstance(no_warnings, str) else None)
    return value


def _dtype_difference(value: Any, expected: Any, what: str) -> Difference | None:
    """The dtypes of two arrays that matched by kind, when they are not the same dtype."""
    if isinstance(expected, np.ndarray) and isinstance(value, np.ndarray) and value.dtype != expected.dtype:
        return Difference("dtype", f"{what} is {value.dtype}, expected {expected.dtype} (the input's dtype)")
    return None


def assert_close(
    actual: Any,
    expected: Any,
    *,
    what: str = "your result",
    rtol: float | None = None,
    atol: float | None = None,
) -> None:
    """Fail unless actual matches expected in type, shape, dtype kind and value (no mistake named).

    For a value computed from the learner's answer (a slice, a sum); when the
    answer itself is compared, ``expect`` also names the mistake.
    """
    found = difference(actual, expected, what=what, tolerance=_context.tolerance, rtol=rtol, atol=atol)
    if found is not None:
        raise Diagnosed(Diagnosis(found.kind, found.text))


def assert_raises(
    learner: LearnerProxy, error: type[BaseException], *args: Any, mistake: str | None = None, **kwargs: Any
) -> None:
    """Fail unless the learner's function raises error (or a subclass) for these arguments.

    When it returns instead (or raises another type), the mistake named is a model
    that returns the same value (or raises the same), else mistake (a key of the
    kata's mistakes.py), else none.
    """
    try:
        value = learner(*args, **kwargs)
    except LearnerRaised as raised:
        if error.__name__ in raised.mro or raised.not_implemented:
            if raised.not_implemented:
                raise  # a stub: "not started", not a wrong answer
            return
        detail = (
            f"your function raised {raised.message_line}, expected {error.__name__}, "
            f"on {describe_inputs(args, kwargs)}"
        )
        candidates = diagnoses.matching_raise(
            _context.mistakes, raised.type_name, raised.message, args, kwargs
        )
        if not candidates and mistake:
            candidates = [(mistake, mistake_says(mistake))]
        raise Diagnosed(Diagnosis.of(detail, "raised", candidates)) from None
    detail = (
        f"your function returned {type_name(value)} instead of raising {error.__name__}, on "
        + describe_inputs(args, kwargs)
    )
    candidates = [
        (m.key, m.says)
        for m in _context.mistakes
        if any(
            diagnoses.distance(value, predicted) == 0.0 for predicted in diagnoses.predict(m, args, kwargs)
        )
    ]
    if not candidates and mistake:
        candidates = [(mistake, mistake_says(mistake))]
    raise Diagnosed(Diagnosis.of(detail, "not_raised", candidates))


def assert_inputs_unchanged(learner: LearnerProxy, *args: Any, **kwargs: Any) -> Any:
    """Call the learner's function and fail if it changed any of its array inputs."""
    result = _call(learner, args, kwargs)
    name = _changed_input(args, kwargs, result)
    if name is not None:
        detail = f"your function changed its input {name} in place"
        candidates = [(diagnoses.IN_PLACE, diagnoses.IN_PLACE_SAYS)]
        raise Diagnosed(Diagnosis.of(detail, "in_place", candidates))
    return result.value


def _changed_input(args: tuple[Any, ...], kwargs: dict[str, Any], result: CallResult) -> str | None:
    """The name of the first input that the call changed in place, None when none was."""
    for position, (before, after) in enumerate(zip(args, result.args_after)):
        if _changed(before, after):
            return _argument_name(position)
    return next((key for key in kwargs if _changed(kwargs[key], result.kwargs_after.get(key))), None)


def _changed(before: Any, after: Any) -> bool:
    """Whether an input came back changed: an array's values, shape or dtype, or a list's
    items (the list of arrays of clip_grad_norm or information_gain's children, sorted
    or appended to in place)."""
    if isinstance(before, np.ndarray):
        return (
            not isinstance(after, np.ndarray)
            or after.shape != before.shape
            or after.dtype != before.dtype
            or not np.array_equal(after, before, equal_nan=True)
        )
    if isinstance(before, (list, tuple)):
        return (
            not isinstance(after, type(before))
            or len(after) != len(before)
            or any(_changed(b, a) for b, a in zip(before, after))
        )
    if isinstance(before, dict):
        return (
            not isinstance(after, dict)
            or after.keys() != before.keys()
            or any(_changed(before[key], after[key]) for key in before)
        )
    return False


def assert_probabilities(actual: Any, axis: int, what: str = "your result") -> None:
    """Fail unless every slice along axis is non-negative and sums to 1."""
    if not isinstance(actual, np.ndarray):
        raise Diagnosed(Diagnosis("type", f"{what} is {type_name(actual)}, expected a NumPy array"))
    if (actual < 0).any() or not np.isfinite(actual).all():
        raise Diagnosed(Diagnosis("value", f"{what} has negative or non-finite probabilities"))
    sums = actual.sum(axis=axis)
    worst = float(np.max(np.abs(sums - 1.0))) if sums.size else 0.0
    if worst > 1e-6:
        raise Diagnosed(
            Diagnosis(
                "value",
                f"{what} has slices along axis {axis} that sum to {1.0 + worst:.6g} or further from 1",
            )
        )
