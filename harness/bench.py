"""``kata bench``'s measurements: the learner's function against the reference at several sizes.

The same alternating pairs as a check's timing (harness.timing), at the kata's bench
size, twice and four times it (or at its second bench size), each with its median
ratio and spread, and the growth exponent of each between the smallest and largest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from harness.catalog import Kata
from harness.proxy import LearnerProxy
from harness.timing import PAIRS, bench_input, growth_exponent, time_pairs


@dataclass
class SizeTiming:
    size: int
    learner_seconds: float  # of the median pair
    reference_seconds: float
    ratio: float
    spread: tuple[float, float]


@dataclass
class Bench:
    sizes: list[SizeTiming]
    learner_growth: float | None
    reference_growth: float | None
    max_ratio: float
    printed_chars_per_call: float = 0.0  # what the learner's function printed while timed


def bench_sizes(kata: Kata) -> list[int]:
    """The kata's bench size and its second one; without one, twice and four times the first."""
    timing = kata.timing
    if timing.bench_size_large:
        return [timing.bench_size, timing.bench_size_large]
    return [timing.bench_size, 2 * timing.bench_size, 4 * timing.bench_size]


def run_bench(kata: Kata, learner: LearnerProxy, reference: LearnerProxy, seed: int) -> Bench:
    """Time learner against reference at each bench size; LearnerProblem when the learner fails."""
    found, calls = [], 0
    printed_before = learner.printed()[0]
    for size in bench_sizes(kata):
        args, kwargs = bench_input(kata, size, seed)
        for proxy in (learner, reference):
            proxy.prepare_bench(args, kwargs)
        pairs = time_pairs(learner, reference, PAIRS)
        calls += pairs.learner_calls
        found.append(
            SizeTiming(size, pairs.learner_seconds, pairs.reference_seconds, pairs.ratio, pairs.spread)
        )
    first, last = found[0], found[-1]
    try:
        learner_growth = growth_exponent(first.learner_seconds, last.learner_seconds, first.size, last.size)
        reference_growth = growth_exponent(
            first.reference_seconds, last.reference_seconds, first.size, last.size
        )
    except ValueError:
        learner_growth = reference_growth = None
    printed = (learner.printed()[0] - printed_before) / max(calls, 1)
    return Bench(found, learner_growth, reference_growth, kata.timing.max_ratio, printed)


BAR_CELLS = 30


def chart(bench: Bench, seconds: Callable[[float], str]) -> list[str]:
    """A text chart: per size, a bar for yours and one for the reference, on one scale."""
    longest = max(max(s.learner_seconds, s.reference_seconds) for s in bench.sizes)
    lines = []
    for size in bench.sizes:
        for who, value in (("yours", size.learner_seconds), ("ref.", size.reference_seconds)):
            cells = max(1, round(BAR_CELLS * value / longest)) if longest > 0 else 1
            label = f"n={size.size}" if who == "yours" else ""
            lines.append(f"  {label:>9} {who:<5} {'#' * cells:<{BAR_CELLS}} {seconds(value)}")
    return lines
