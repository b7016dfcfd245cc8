"""Timing: the learner's function against the reference on the kata's bench input.

Each runs in its own worker, in alternating batches so that both see the same
machine; the figure is the median of the per-pair ratios. Where a kata has a
second, larger bench size, the growth exponent of both is measured too.
"""

from __future__ import annotations

import functools
import math
import os
import statistics
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from harness.catalog import Kata
from harness.proxy import GraderFault, LearnerProxy, import_file, one_line

BATCH_SECONDS = 0.005
PAIRS = 5
FEW_PAIRS = 3
SLOW_BATCH_SECONDS = 0.1
MAX_NUMBER = 100_000
MAX_PAIRS = 15  # pairs in all, when the first ones leave the verdict open
EXTRA_SECONDS = 1.0  # spent at most on those extra pairs


@dataclass
class TimingResult:
    """Seconds per call of one learner/reference pair, and their ratio.

    The times are those of the pair whose ratio is the median of the pairs, so that
    learner_seconds / reference_seconds is the ratio shown; spread is the
    interquartile range (first, third quartile) of all the pairs' ratios.
    """

    learner_seconds: float
    reference_seconds: float
    ratio: float
    max_ratio: float
    learner_growth: float | None = None
    reference_growth: float | None = None
    spread: tuple[float, float] | None = None
    max_growth_excess: float = 0.5
    printed_chars_per_call: float = 0.0  # what the learner's function printed while it was timed
    printed_lines_per_call: float = 0.0
    ratio_without_printing: float | None = None  # measured when a function that prints is too slow
    printing_share: float = 0.0  # of a call's time, were its characters NumPy's formatted numbers
    array_input: bool = True  # the bench input holds an array of more than one number

    @property
    def grows_faster(self) -> bool:
        """The learner's cost grows faster with n than the reference's, past the kata's margin."""
        if self.learner_growth is None or self.reference_growth is None:
            return False
        return self.learner_growth > self.reference_growth + self.max_growth_excess

    @property
    def uncertain(self) -> bool:
        """The ratios still straddle max_ratio after the extra pairs: no verdict of slow from them."""
        return straddles(self.spread, self.max_ratio)

    @property
    def too_slow(self) -> bool:
        return self.ratio > self.max_ratio and not self.uncertain

    @property
    def slow(self) -> bool:
        return self.too_slow or self.grows_faster

    @property
    def slow_from_printing(self) -> bool:
        """Too slow, and printing is the cause: with print() doing nothing the ratio is within
        max_ratio, or what it prints would take most of a call as NumPy formats numbers (text
        formatted before print() is called, as np.array2string, costs even when print does not)."""
        quiet = self.ratio_without_printing
        quiet_enough = quiet is not None and quiet <= self.max_ratio
        return self.too_slow and (quiet_enough or self.printing_share >= 0.5)

    def _printed_json(self) -> dict[str, float] | None:
        if not self.printed_chars_per_call:
            return None
        printed = {
            "chars": round(self.printed_chars_per_call, 1),
            "lines": round(self.printed_lines_per_call, 2),
        }
        if self.ratio_without_printing is not None:
            printed["ratio_without_printing"] = round(self.ratio_without_printing, 4)
        return printed

    def as_json(self) -> dict[str, Any]:
        growth = None
        if self.learner_growth is not None and self.reference_growth is not None:
            growth = {
                "learner": round(self.learner_growth, 3),
                "reference": round(self.reference_growth, 3),
                "max_excess": self.max_growth_excess,
            }
        return {
            "learner_seconds": self.learner_seconds,
            "reference_seconds": self.reference_seconds,
            "ratio": round(self.ratio, 4),
            "max_ratio": self.max_ratio,
            "ratio_spread": [round(value, 4) for value in self.spread] if self.spread else None,
            "uncertain": self.uncertain,
            "growth": growth,
            "printed_per_call": self._printed_json(),
        }


def ratio_text(ratio: float, limit: float, digits: int = 2) -> str:
    """The ratio with enough digits not to read as the limit it is compared with: 5.004 against
    a limit of 5 is "5.004", not "5.00" (a new-user trial read "ratio 5.00 (at most 5)", slow)."""
    text = f"{ratio:.{digits}f}"
    while ratio != limit and float(text) == limit and digits < 6:
        digits += 1
        text = f"{ratio:.{digits}f}"
    return text


def bench_input(kata: Kata, size: int, seed: int) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The kata's bench input of this size; GraderFault when its bench.py is broken."""
    try:
        module = import_file(kata.bench_path, f"_kata_bench_{kata.slug}")
        args, kwargs = module.bench_input(size, np.random.default_rng([seed, size]))
        return tuple(args), dict(kwargs)
    except Exception as error:  # noqa: BLE001 - any fault of bench.py is the grader's
        raise GraderFault(f"{kata.slug}/bench.py failed: {one_line(error)}") from None


@dataclass
class _Pairs:
    learner_seconds: float  # of the median pair
    reference_seconds: float
    ratio: float
    spread: tuple[float, float]
    learner_calls: int = 0


def _median_pair(learner_times: list[float], reference_times: list[float]) -> _Pairs:
    """The pair whose ratio is the median (the lower middle one for an even count), and the IQR."""
    ratios = [mine / theirs for mine, theirs in zip(learner_times, reference_times)]
    order = sorted(range(len(ratios)), key=ratios.__getitem__)
    middle = order[(len(order) - 1) // 2]
    if len(ratios) >= 2:
        quartiles = statistics.quantiles(ratios, n=4, method="inclusive")
        spread = (quartiles[0], quartiles[2])
    else:
        spread = (ratios[0], ratios[0])
    return _Pairs(learner_times[middle], reference_times[middle], ratios[middle], spread)


def calls_per_batch(reference: LearnerProxy) -> int:
    """Calls of the reference that last about BATCH_SECONDS, found as timeit's autorange does.

    The batch grows (up to tenfold a step) until it lasts at least half of BATCH_SECONDS,
    so that a slow first call (caches, lazy imports) neither sets the batch length nor
    goes unwarmed: one call timed alone once made batches twenty times too short.
    """
    number = 1
    while True:
        seconds = max(reference.time_batch(number), 1e-9)
        if seconds >= BATCH_SECONDS / 2 or number >= MAX_NUMBER:
            return int(min(MAX_NUMBER, max(1, number * BATCH_SECONDS / seconds)))
        number = min(MAX_NUMBER, number * min(10, max(2, math.ceil(BATCH_SECONDS / seconds))))


def time_pairs(
    learner: LearnerProxy,
    reference: LearnerProxy,
    pairs: int,
    max_ratio: float | None = None,
    quiet: bool = False,
) -> _Pairs:
    """Alternating batches of learner and reference: the median pair, and the spread of the ratios.

    With max_ratio, while the spread straddles it (the first quartile at most max_ratio, the
    third above), more pairs are taken, up to MAX_PAIRS and EXTRA_SECONDS: a noisy machine
    gets more evidence before a verdict. quiet: the learner's print() does nothing.
    """
    number = calls_per_batch(reference)
    learner_once = learner.time_batch(1, quiet)
    if learner_once * number > SLOW_BATCH_SECONDS:  # a first call can be slow: look again
        learner_once = min(learner_once, learner.time_batch(1, quiet))
    if learner_once * number > SLOW_BATCH_SECONDS:
        pairs = FEW_PAIRS
        number = max(1, int(SLOW_BATCH_SECONDS / max(learner_once, 1e-9)))
    times: tuple[list[float], list[float]] = ([], [])
    _run_pairs(learner, reference, number, pairs, times, quiet)
    found = _median_pair(*times)
    deadline = time.monotonic() + EXTRA_SECONDS
    while (
        max_ratio is not None
        and straddles(found.spread, max_ratio)
        and len(times[0]) < MAX_PAIRS
        and time.monotonic() < deadline
    ):
        _run_pairs(learner, reference, number, 2, times, quiet)
        found = _median_pair(*times)
    found.learner_calls = 1 + len(times[0]) * number
    return found


def _run_pairs(
    learner: LearnerProxy,
    reference: LearnerProxy,
    number: int,
    pairs: int,
    times: tuple[list, list],
    quiet: bool = False,
) -> None:
    """pairs more batches of each, alternating which goes first, appended to times (seconds a call)."""
    for _ in range(pairs):
        if len(times[0]) % 2 == 0:
            mine, theirs = learner.time_batch(number, quiet), reference.time_batch(number)
        else:
            theirs, mine = reference.time_batch(number), learner.time_batch(number, quiet)
        times[0].append(max(mine, 1e-12) / number)  # a clock of coarse resolution can read 0
        times[1].append(max(theirs, 1e-12) / number)


def straddles(spread: tuple[float, float] | None, max_ratio: float) -> bool:
    """Whether the interquartile range of the ratios has max_ratio inside: no clear verdict."""
    return spread is not None and spread[0] <= max_ratio < spread[1]


def measure(kata: Kata, learner: LearnerProxy, reference: LearnerProxy, seed: int) -> TimingResult:
    """Time learner against reference; raises LearnerProblem when the learner fails."""
    timing = kata.timing
    args, kwargs = bench_input(kata, timing.bench_size, seed)
    for proxy in (learner, reference):
        proxy.prepare_bench(args, kwargs)
    printed_before = learner.printed()
    array_input = any(isinstance(v, np.ndarray) and v.size > 1 for v in (*args, *kwargs.values()))
    _pin_together(learner, reference)
    small = time_pairs(learner, reference, PAIRS, timing.max_ratio)
    calls = small.learner_calls
    result = TimingResult(
        small.learner_seconds,
        small.reference_seconds,
        small.ratio,
        timing.max_ratio,
        spread=small.spread,
        max_growth_excess=timing.max_growth_excess,
        array_input=array_input,
    )
    printed_chars = (learner.printed()[0] - printed_before[0]) / calls
    if result.too_slow and printed_chars:  # is printing the cause?
        result.ratio_without_printing = time_pairs(learner, reference, FEW_PAIRS, quiet=True).ratio
        result.printing_share = printed_chars * formatting_seconds_per_char() / small.learner_seconds
    if timing.bench_size_large and timing.bench_size_large > timing.bench_size:
        args, kwargs = bench_input(kata, timing.bench_size_large, seed)
        for proxy in (learner, reference):
            proxy.prepare_bench(args, kwargs)
        large = time_pairs(learner, reference, FEW_PAIRS)
        calls += large.learner_calls
        result.learner_growth = growth_exponent(
            small.learner_seconds, large.learner_seconds, timing.bench_size, timing.bench_size_large
        )
        result.reference_growth = growth_exponent(
            small.reference_seconds, large.reference_seconds, timing.bench_size, timing.bench_size_large
        )
    printed_after = learner.printed()
    result.printed_chars_per_call = (printed_after[0] - printed_before[0]) / calls
    result.printed_lines_per_call = (printed_after[1] - printed_before[1]) / calls
    return result


@functools.lru_cache(maxsize=1)
def formatting_seconds_per_char() -> float:
    """What printing a character of a NumPy array costs on this machine (about 240 ns): the
    fastest of three np.array2string calls on 2,000 floats, over the characters it made."""
    numbers = np.random.default_rng(0).random(2000)
    best, chars = math.inf, 1
    for _ in range(3):
        started = time.perf_counter()
        chars = len(np.array2string(numbers, threshold=10**9))
        best = min(best, time.perf_counter() - started)
    return best / chars


def _current_cpu() -> int | None:
    """The CPU this process last ran on (field 39 of /proc/self/stat), None where unknown."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            return int(handle.read().rsplit(")", 1)[1].split()[36])
    except (OSError, ValueError, IndexError):
        return None


def _pin_together(*proxies: LearnerProxy) -> None:
    """Pin the workers of these proxies to one CPU, the one the harness runs on.

    Learner and reference take turns, so they never compete for it; on a machine whose
    CPUs are slowed unevenly (a virtual machine's neighbours), both see the same CPU.
    """
    cpu = _current_cpu()
    if cpu is None or not hasattr(os, "sched_getaffinity") or cpu not in os.sched_getaffinity(0):
        return
    for proxy in proxies:
        proxy.pin_to({cpu})


def growth_exponent(seconds: float, seconds_large: float, size: int, size_large: int) -> float:
    """k in cost ~ n^k, from the cost at two sizes: log(t2 / t1) / log(n2 / n1).

    Raises ValueError unless both sizes and both times are positive and size_large > size.
    """
    if not (0 < size < size_large) or seconds <= 0 or seconds_large <= 0:
        raise ValueError(
            f"cannot measure growth from {seconds} s at n={size} and {seconds_large} s at n={size_large}"
        )
    return math.log(seconds_large / seconds) / math.log(size_large / size)
