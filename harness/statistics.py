"""Checks for hidden tests of katas whose answer is random (init_weights, dropout).

A random answer cannot be compared value by value with the reference's: a learner
who draws with ``rng.uniform(size=...) < 1 - p`` where the reference draws
``rng.random(...) >= p`` is right, with other values. So these checks compare the
answer's *moments* (its mean, standard deviation, excess kurtosis, share of
zeros) with the values due, each within ``z`` of its standard error, and fail with
one line naming the first moment that is off, by how much, as a ratio and in
standard errors.

Why a right answer never fails by chance: hidden tests call the learner with
fixed seeds (``SeededRng``), so the reference's own way of drawing gives the same
answer on every run, and every moment it gives is checked by tests/test_statistics.py.
A right answer drawn another way is one draw of the right distribution: each
moment of a sample of 10⁴ or more values is then nearly normal around its due
value, and ``z`` is at least 5 (refused below), so it is off with a probability
below 6e-7 per moment.

The mistake named (the report's "Most likely") comes from the kata's mistake
models, run on the same inputs with the same seed: a model explains the answer
when its own answer is wrong in the same way (off on some moment) and every
moment of the learner's answer lies within ``z`` standard errors of the model's.
A learner who draws as the model does gets the model's very values; one who draws
another way gets the same moments. ``assert_reproducible`` checks that the answer
depends on the seed and on nothing else.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from harness import checks
from harness import diagnosis as diagnoses
from harness.compare import Difference, difference, type_name
from harness.diagnosis import Diagnosed, Diagnosis, Raised
from harness.proxy import LearnerProxy
from harness.wire import SeededRng

MIN_Z = 5.0  # fewer standard errors would fail a right answer once in a few thousand runs
MEAN = "mean"
STD = "standard deviation"
KURTOSIS = "excess kurtosis"
ZEROS = "share of zeros"


@dataclass(frozen=True)
class Due:
    """A moment of a random answer and the value due, with its standard error under that value.

    says writes the due value as the learner knows it ("sqrt(2/n_in)", "p"); the
    message shows both: "where sqrt(2/n_in) = 0.0577 is due".
    """

    moment: str
    value: float
    standard_error: float
    says: str = ""


def normal_moments(std: float, size: int, says: str, mean: float = 0.0) -> list[Due]:
    """The moments due for size independent draws of a normal distribution N(mean, std²).

    Standard errors under the normal: std/√n for the mean, std/√(2n) for the
    standard deviation, √(24/n) for the excess kurtosis (0 for a normal, -1.2 for
    a uniform: the moment that tells them apart).
    """
    return [
        Due(MEAN, mean, std / math.sqrt(size)),
        Due(STD, std, std / math.sqrt(2 * size), says),
        Due(KURTOSIS, 0.0, math.sqrt(24 / size), "0 (a normal distribution's)"),
    ]


def share_of_zeros(p: float, size: int, says: str = "p") -> Due:
    """The share of zeros due when each of size entries is zeroed independently with probability p."""
    return Due(ZEROS, p, math.sqrt(p * (1 - p) / size), says)


def mean_due(value: float, variance: float, size: int, says: str) -> Due:
    """The mean due for size independent entries of this mean value and this (mean) variance."""
    return Due(MEAN, value, math.sqrt(variance / size), says)


def _excess_kurtosis(sample: np.ndarray) -> float:
    centred = sample - sample.mean()
    variance = float(np.mean(centred**2))
    return float(np.mean(centred**4)) / variance**2 - 3.0 if variance > 0 else 0.0


def moment_of(moment: str, sample: np.ndarray) -> float:
    """One moment of the flattened sample, in float64."""
    values = np.asarray(sample, dtype=np.float64).ravel()
    if moment == MEAN:
        return float(values.mean())
    if moment == STD:
        return float(values.std())
    if moment == KURTOSIS:
        return _excess_kurtosis(values)
    if moment == ZEROS:
        return float(np.mean(values == 0.0))
    raise ValueError(f"unknown moment {moment!r}: one of {MEAN}, {STD}, {KURTOSIS}, {ZEROS}")


def estimated_error(moment: str, sample: np.ndarray) -> float:
    """The standard error of a moment, estimated from the sample itself (to compare two samples)."""
    values = np.asarray(sample, dtype=np.float64).ravel()
    size = max(values.size, 1)
    if moment == MEAN:
        return float(values.std()) / math.sqrt(size)
    if moment == STD:
        kurtosis = max(_excess_kurtosis(values), -2.0)
        return float(values.std()) * math.sqrt((kurtosis + 2.0) / (4 * size))
    if moment == KURTOSIS:
        return math.sqrt(24 / size)
    share = moment_of(ZEROS, values)
    return math.sqrt(share * (1 - share) / size)


def _number(value: float) -> str:
    return f"{value:.4g}"


def _named(due: Due) -> str:
    """The due value as "sqrt(2/n_in) = 0.0577", or says alone when it starts with the value."""
    value = _number(due.value)
    if not due.says or due.says.startswith(value):
        return due.says or value
    return f"{due.says} = {value}"


def off_moment(sample: np.ndarray, dues: list[Due], what: str, z: float) -> str | None:
    """A sentence naming the first moment of sample that is off by more than z standard errors."""
    for due in dues:
        found = moment_of(due.moment, sample)
        off = abs(found - due.value) / max(due.standard_error, 1e-300)
        if math.isfinite(found) and off <= z:
            continue
        named = _named(due)
        if not math.isfinite(found):
            how = "not a finite number"
        elif due.value != 0:
            how = f"{found / due.value:.2g}x, {off:.0f} standard errors off"
        else:
            how = f"{off:.0f} standard errors off"
        return f"the {due.moment} of {what} is {_number(found)} where {named} is due ({how})"
    return None


def _alike(sample: np.ndarray, other: np.ndarray, dues: list[Due], z: float) -> bool:
    """Whether two samples agree on every moment of dues, within z standard errors of their difference."""
    for due in dues:
        gap = abs(moment_of(due.moment, sample) - moment_of(due.moment, other))
        error = math.hypot(estimated_error(due.moment, sample), estimated_error(due.moment, other))
        if not gap <= z * error + 1e-12 * max(abs(due.value), 1.0):
            return False
    return True


def _predictions(args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[tuple[str, str, list[Any]]]:
    """Each kata mistake's answers (one per variant) on these inputs, as (key, says, answers)."""
    found = []
    for known in checks.mistake_models():
        answers = [a for a in diagnoses.predict(known, args, kwargs) if not isinstance(a, Raised)]
        found.append((known.key, known.says, [a for a in answers if isinstance(a, np.ndarray)]))
    return found


def explaining(
    value: np.ndarray,
    dues: list[Due],
    shape: tuple[int, ...],
    call: tuple[tuple[Any, ...], dict[str, Any]],
    z: float,
) -> tuple[list[tuple[str, str]], list[str]]:
    """The mistakes whose models explain a wrong random answer, and those it contradicts.

    call is the (args, kwargs) of the learner's call and shape the shape due. A
    model's answer explains value when it is wrong too (not of shape, or a moment
    off) and has value's shape and every moment of value within z standard errors;
    a model whose wrong answer does not is contradicted.
    """
    found, contradicted = [], []
    for key, says, answers in _predictions(*call):
        wrong = [a for a in answers if a.shape != shape or off_moment(a, dues, "", z) is not None]
        if any(a.shape == value.shape and _alike(value, a, dues, z) for a in wrong):
            found.append((key, says))
        elif wrong:
            contradicted.append(key)
    return found, contradicted


def _checked_z(z: float) -> float:
    if not z >= MIN_Z:
        raise ValueError(f"z={z}: a random answer is judged at {MIN_Z} standard errors or more")
    return z


def _form_difference(value: Any, expected: np.ndarray, what: str, same_dtype: bool) -> Any:
    """What differs in type, shape or dtype (not in value) between the answer and the reference's."""
    found = difference(value, expected, what=what)
    if found is not None and found.kind != "value":
        return found
    if same_dtype and isinstance(value, np.ndarray) and value.dtype != expected.dtype:
        return Difference("dtype", f"{what} is {value.dtype}, expected {expected.dtype} (the input's)")
    return None


def expect_random(
    learner: LearnerProxy,
    reference: Callable[..., Any],
    *args: Any,
    dues: list[Due],
    what: str = "your result",
    z: float = MIN_Z,
    same_dtype: bool = False,
    **kwargs: Any,
) -> np.ndarray:
    """Call the learner's function; fail unless its answer has the reference's form and the dues' moments.

    The reference's answer (same inputs, same seed) gives the type, shape and
    dtype kind due (the dtype itself with same_dtype); dues give the moments
    (``normal_moments``, ``share_of_zeros``, ``mean_due``), each judged within z
    standard errors. The failure names the kata's mistake whose model explains
    the answer (``explaining``), else the first moment that is off. Returns the
    learner's answer.
    """
    z = _checked_z(z)
    value = checks.answer(learner, *args, **kwargs)
    expected = reference(*args, **kwargs)
    found = _form_difference(value, expected, what, same_dtype)
    if found is not None:
        candidates: list[tuple[str, str]] = []
        contradicted: list[str] = []
        if found.kind == "shape":
            candidates, contradicted = explaining(value, dues, expected.shape, (args, kwargs), z)
        elif found.kind == "dtype" and "a float64 input must give" in found.text:
            candidates = [(diagnoses.FLOAT32, diagnoses.FLOAT32_SAYS)]
        raise Diagnosed(Diagnosis.of(found.text, found.kind, candidates, contradicted))
    off = off_moment(value, dues, what, z)
    if off is not None:
        candidates, contradicted = explaining(value, dues, expected.shape, (args, kwargs), z)
        raise Diagnosed(Diagnosis.of(off, "value", candidates, contradicted))
    return value


def _seeds(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[str, SeededRng]:
    """Where the call's one SeededRng is (a position or a keyword), and the SeededRng."""
    places = [(str(i), a) for i, a in enumerate(args)] + list(kwargs.items())
    seeded = [(place, value) for place, value in places if isinstance(value, SeededRng)]
    if len(seeded) != 1:
        raise ValueError("assert_reproducible needs exactly one SeededRng among the arguments")
    return seeded[0]


def _with_seed(args: tuple[Any, ...], kwargs: dict[str, Any], place: str, seed: int) -> tuple[tuple, dict]:
    if place.isdigit():
        changed = list(args)
        changed[int(place)] = SeededRng(seed)
        return tuple(changed), kwargs
    return args, {**kwargs, place: SeededRng(seed)}


def assert_reproducible(
    learner: LearnerProxy, *args: Any, what: str = "your result", mistake: str | None = None, **kwargs: Any
) -> None:
    """Fail unless the same seed gives the same answer twice and the next seed another one.

    args and kwargs hold one SeededRng. A failure names mistake (a key of the
    kata's mistakes.py), if given: a random answer that ignores the seed cannot
    be matched value by value, so its symptom is the evidence.
    """
    place, seeded = _seeds(args, kwargs)
    first = checks.answer(learner, *args, **kwargs)
    again = checks.answer(learner, *args, **kwargs)
    other_args, other_kwargs = _with_seed(args, kwargs, place, seeded.seed + 1)
    other = checks.answer(learner, *other_args, **other_kwargs)
    detail = None
    if not _same(first, again):
        detail = f"{what} differs between two calls with the same seed (rng = default_rng({seeded.seed}))"
    elif _same(first, other):
        detail = (
            f"{what} is the same for seeds {seeded.seed} and {seeded.seed + 1}: it does not depend on rng"
        )
    if detail is not None:
        named = [(mistake, checks.mistake_says(mistake))] if mistake else []
        raise Diagnosed(Diagnosis.of(detail, "value", named))


def _same(first: Any, second: Any) -> bool:
    if isinstance(first, np.ndarray) and isinstance(second, np.ndarray):
        return first.shape == second.shape and bool(np.array_equal(first, second, equal_nan=True))
    return type_name(first) == type_name(second) and first == second
