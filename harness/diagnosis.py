"""Mistake models: naming the mistake a learner made, only when the answer shows it.

Each kata may keep ``katas/<slug>/mistakes.py`` beside its hidden tests: small
functions, each marked with ``@mistake("...")``, that take the kata's arguments
and compute what a learner who makes that mistake would return (or raise). When
a learner's answer is wrong, the harness runs every model on the same input, in
the harness process, and names a mistake only when the answer is much nearer to
the model's answer than the model's answer is to the right one. When no model
matches, the diagnosis is what differs (``harness.compare``), with no guessed cause.

Every kata also gets the common mistake ``float32`` (the reference computed on
float32 copies of its float64 inputs). Across a kata's failing tests, the
mistake that explains most of them leads the report (see ``lead``).
"""

from __future__ import annotations

import copy
import itertools
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from harness import wire
from harness.catalog import Kata, Tolerance
from harness.compare import DEFAULT_TOLERANCE, difference, distance

MARK = "__kata_mistake__"
MATCH_SHARE = (
    0.01  # the answer's distance to a model, at most this share of the model's distance to the truth
)
MATCH_CEILING = 1e-3  # and never more than this relative error
FLOAT32 = "float32"
FLOAT32_SAYS = (
    "you compute in float32 (a cast, or a float32 constant array): a float64 input needs "
    "float64 arithmetic throughout"
)
IN_PLACE = "in_place"
IN_PLACE_SAYS = (
    "your function changes its input in place; work on a copy or use operations that "
    "return new arrays (x = x - m, not x -= m)"
)

RETURNS_INPUT = "returns_input"
RETURNS_INPUT_SAYS = (
    "your function returns its input array itself (or a view of it), not a new array: the "
    "caller's array and your result would change together; return a new array (np.array(x), x.copy())"
)
WARNS = "warns"
WARNS_SAYS = (
    "your function makes NumPy warn (an overflow in exp, a log or a division of 0): this kata "
    "must not warn; compute so that it cannot happen (a stable formula, np.where before the log)"
)


def mistake(says: str, **variants: tuple[Any, ...]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Mark a function of a kata's mistakes.py as a mistake model; says names the mistake.

    says is one sentence addressed to the learner ("you take one max over the whole
    array, not one per slice along axis"); the function's name is the mistake's key.
    A mistake with a free constant (the epsilon a learner adds) lists the values
    learners write as variants: ``@mistake("...", epsilon=(1e-6, 1e-7, 1e-8))`` calls
    the model with each as a keyword argument, and the nearest one counts.
    """

    def mark(function: Callable[..., Any]) -> Callable[..., Any]:
        names = list(variants)
        combinations = [dict(zip(names, values)) for values in itertools.product(*variants.values())]
        setattr(function, MARK, (says, tuple(combinations)))
        return function

    return mark


@dataclass(frozen=True)
class Mistake:
    key: str
    says: str
    model: Callable[..., Any]
    variants: tuple[dict[str, Any], ...] = ({},)


@dataclass(frozen=True)
class Raised:
    """What a model predicts when the mistake makes the function raise."""

    type_name: str
    message: str = ""
    explicit: bool = False  # raised by a raise statement of the model itself, in its own words


@dataclass
class Diagnosis:
    """What one failing test found: a named mistake, or what differs.

    kind is "mistake" (a model matched: mistake is its key), else what differs:
    "type", "shape", "dtype", "value", "raised", "not_raised", "in_place", "warned" (the
    same as found). candidates are every matching mistake, nearest first, as
    (key, says); contradicted are the mistakes whose models gave another wrong
    answer on this input. The kata's lead may name a candidate that is not first,
    or none of them.
    """

    kind: str
    says: str
    detail: str = ""
    mistake: str | None = None
    candidates: list[tuple[str, str]] = field(default_factory=list)
    contradicted: list[str] = field(default_factory=list)
    found: str = ""  # the kind of difference, whatever mistake is named
    fold: str = ""  # what makes two diagnoses the same in a report (a raise: its type and line)
    brief: str = ""  # a short form of detail for the text report (a raise: type, line, inputs)

    @classmethod
    def of(
        cls, detail: str, kind: str, candidates: list[tuple[str, str]], contradicted: list[str] | None = None
    ) -> Diagnosis:
        diagnosis = cls(kind, detail, detail, None, list(candidates), list(contradicted or []), kind)
        diagnosis.choose(candidates[0][0] if candidates else None)
        return diagnosis

    def choose(self, key: str | None) -> None:
        """Name the candidate key (the kata's lead), or no mistake when key is None."""
        named = dict(self.candidates)
        if key is None or key not in named:
            self.kind, self.says, self.mistake = self.found or self.kind, self.detail or self.says, None
        else:
            self.kind, self.says, self.mistake = "mistake", named[key], key

    def keep(self, trusted: set[str], preferred: str | None) -> None:
        """Drop candidates the kata's evidence does not trust; name preferred if it is left."""
        self.candidates = [(key, says) for key, says in self.candidates if key in trusted]
        keys = [key for key, _ in self.candidates]
        self.choose(preferred if preferred in keys else (keys[0] if keys else None))

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "mistake": self.mistake, "says": self.says, "detail": self.detail}


class Diagnosed(AssertionError):
    """A failed check, with its diagnosis; the message is the diagnosis in one line."""

    def __init__(self, diagnosis: Diagnosis) -> None:
        self.diagnosis = diagnosis
        super().__init__(diagnosis.says)


def _load(path: Path, slug: str) -> list[Mistake]:
    from harness.proxy import GraderFault, import_file, one_line

    try:
        module = import_file(path, f"_kata_mistakes_{slug}")
    except Exception as error:  # noqa: BLE001 - a broken mistakes.py is the grader's fault
        raise GraderFault(f"katas/{slug}/mistakes.py does not load: {one_line(error)}") from None
    return [
        Mistake(name, *getattr(value, MARK)[:1], value, getattr(value, MARK)[1])
        for name, value in vars(module).items()
        if callable(value) and hasattr(value, MARK)
    ]


@cache
def _mistakes_of(directory: Path, slug: str) -> tuple[Mistake, ...]:
    path = directory / "mistakes.py"
    return tuple(_load(path, slug)) if path.is_file() else ()


def kata_mistakes(kata: Kata, reference: Callable[..., Any] | None) -> list[Mistake]:
    """The kata's mistake models, then the common ones that need its reference."""
    mistakes = list(_mistakes_of(kata.directory, kata.slug))
    if reference is not None and all(m.key != FLOAT32 for m in mistakes):
        mistakes.append(Mistake(FLOAT32, FLOAT32_SAYS, _in_float32(reference)))
    return mistakes


def _in_float32(reference: Callable[..., Any]) -> Callable[..., Any]:
    def model(*args: Any, **kwargs: Any) -> Any:
        def cast(value: Any) -> Any:
            if isinstance(value, np.ndarray) and value.dtype == np.float64:
                return value.astype(np.float32)
            return value

        found = reference(*map(cast, args), **{k: cast(v) for k, v in kwargs.items()})
        if isinstance(found, np.ndarray) and found.dtype == np.float32:
            return found.astype(np.float64)
        if isinstance(found, tuple):
            return tuple(f.astype(np.float64) if isinstance(f, np.ndarray) else f for f in found)
        return found

    return model


def predict(mistake: Mistake, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[Any]:
    """The model's answer for each of its variants, on copies of the inputs (Raised: it raises)."""
    return [_predict_one(mistake, args, {**kwargs, **variant}) for variant in mistake.variants]


def _predict_one(mistake: Mistake, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    args = wire.materialise(copy.deepcopy(args))
    kwargs = wire.materialise(copy.deepcopy(kwargs))
    try:
        with np.errstate(all="ignore"):
            return mistake.model(*args, **kwargs)
    except Exception as error:  # noqa: BLE001 - a mistake may well raise: that is its prediction
        frames = traceback.extract_tb(error.__traceback__)
        explicit = bool(frames) and (frames[-1].line or "").lstrip().startswith("raise ")
        return Raised(type(error).__name__, first_line(str(error)), explicit)


def matching(
    mistakes: list[Mistake], answer: Any, expected: Any, *args: Any, **kwargs: Any
) -> list[tuple[str, str]]:
    """The mistakes whose models explain answer on these inputs, nearest first (see ``evidence``)."""
    return evidence(mistakes, answer, expected, *args, **kwargs)[0]


def evidence(
    mistakes: list[Mistake],
    answer: Any,
    expected: Any,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    tolerance: Tolerance = DEFAULT_TOLERANCE,
    rtol: float | None = None,
    atol: float | None = None,
) -> tuple[list[tuple[str, str]], list[str]]:
    """The mistakes that explain answer (nearest first, as (key, says)), and those it contradicts.

    A model explains the answer when one of its variants gives a wrong answer that
    the learner's is far nearer to than that answer is to the right one; it is
    contradicted when it gives a wrong answer (or raises) and no variant explains.
    """
    found, contradicted = [], []
    for candidate in mistakes:
        nearest, telling = float("inf"), False
        for predicted in predict(candidate, args, kwargs):
            if isinstance(predicted, Raised):
                telling = True
                continue
            off_truth = distance(predicted, expected)
            if (
                off_truth == 0.0
                or difference(predicted, expected, tolerance=tolerance, rtol=rtol, atol=atol) is None
            ):
                continue  # this input cannot tell the mistake from the right answer
            telling = True
            off_model = distance(answer, predicted)
            if off_model <= min(MATCH_CEILING, max(MATCH_SHARE * off_truth, 1e-12)):
                nearest = min(nearest, off_model)
        if nearest < float("inf"):
            found.append((nearest, candidate.key, candidate.says))
        elif telling:
            contradicted.append(candidate.key)
    return [(key, says) for _, key, says in sorted(found, key=lambda item: item[0])], contradicted


def dtype_evidence(
    mistakes: list[Mistake], answer: Any, expected: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[list[tuple[str, str]], list[str]]:
    """As evidence, for an answer right in value but of another dtype than expected's.

    A model explains it when one of its variants gives an answer of the learner's
    dtype and the same values; it is contradicted when it gives wrong values.
    """
    found, contradicted = [], []
    for candidate in mistakes:
        predictions = [p for p in predict(candidate, args, kwargs) if not isinstance(p, Raised)]
        if any(
            isinstance(p, np.ndarray) and p.dtype == answer.dtype and difference(answer, p) is None
            for p in predictions
        ):
            found.append((candidate.key, candidate.says))
        elif any(difference(p, expected) is not None for p in predictions):
            contradicted.append(candidate.key)
    return found, contradicted


def first_line(message: str) -> str:
    return (message.strip().splitlines() or [""])[0][:200]


def matching_raise(
    mistakes: list[Mistake], type_name: str, message: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> list[tuple[str, str]]:
    """The mistakes whose models raise what the learner's function raised.

    The type must be the same. A model's own raise statement (a check in the wrong
    place) is in its author's words, so its type is enough; an error raised inside
    NumPy or Python names what went wrong ("operands could not be broadcast together
    with shapes (2,3) (2,)"), so its message must be the same too.
    """
    found = []
    for candidate in mistakes:
        for predicted in predict(candidate, args, kwargs):
            if not isinstance(predicted, Raised) or predicted.type_name != type_name:
                continue
            if predicted.explicit or predicted.message == first_line(message):
                found.append((candidate.key, candidate.says))
                break
    return found


def lead(diagnoses: list[Diagnosis]) -> tuple[Diagnosis | None, int]:
    """The diagnosis shared by most failing tests, and how many share it.

    A mistake counts for each failing test it explains and against each one whose
    input its model answers differently from the learner; only a mistake that
    explains more tests than it is contradicted by is trusted (a single test's
    coincidence is not a diagnosis). The trusted mistake that explains the most
    tests leads (ties: fewer contradictions, then the one met first), and every
    test it explains names it; a test left with no trusted mistake says what
    differs. With no mistake at all, the first diagnosis leads, shared by the
    tests that say the same.
    """
    if not diagnoses:
        return None, 0
    explained: dict[str, int] = {}
    against: dict[str, int] = {}
    for diagnosis in diagnoses:
        for key, _ in diagnosis.candidates:
            explained[key] = explained.get(key, 0) + 1
        for key in diagnosis.contradicted:
            against[key] = against.get(key, 0) + 1
    trusted = {key for key, count in explained.items() if count > against.get(key, 0)}
    best = max(
        trusted,
        key=lambda key: (explained[key], -against.get(key, 0), -list(explained).index(key)),
        default=None,
    )
    for diagnosis in diagnoses:
        diagnosis.keep(trusted, best)
    if best is None:
        first = diagnoses[0]
        return first, sum(1 for d in diagnoses if (d.kind, d.says) == (first.kind, first.says))
    leader = next(d for d in diagnoses if d.mistake == best)
    return leader, explained[best]
