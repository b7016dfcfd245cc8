"""Timing: the learner's function against the reference on the kata's bench input.

Each runs in its own worker, in alternating batches so that both see the same
machine; the figure is the median of the per-pair ratios. Where a kata has a
second, larger bench size, the growth exponent of both is measured too.
"""

from __future__ import annotations

import math
import statistics
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


@dataclass
class TimingResult:
    learner_seconds: float
    reference_seconds: float
    ratio: float
    max_ratio: float
    learner_growth: float | None = None
    reference_growth: float | None = None

    @property
    def slow(self) -> bool:
        return self.ratio > self.max_ratio

    def as_json(self) -> dict[str, Any]:
        return {
            "learner_seconds": self.learner_seconds,
            "reference_seconds": self.reference_seconds,
            "ratio": round(self.ratio, 4),
            "max_ratio": self.max_ratio,
        }


def bench_input(kata: Kata, size: int, seed: int) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The kata's bench input of this size; GraderFault when its bench.py is broken."""
    try:
        module = import_file(kata.bench_path, f"_kata_bench_{kata.slug}")
        args, kwargs = module.bench_input(size, np.random.default_rng([seed, size]))
        return tuple(args), dict(kwargs)
    except Exception as error:  # noqa: BLE001 - any fault of bench.py is the grader's
        raise GraderFault(f"{kata.slug}/bench.py failed: {one_line(error)}") from None


def _pairs(learner: LearnerProxy, reference: LearnerProxy, pairs: int) -> tuple[float, float, float]:
    """Median seconds per call of each, and the median per-pair ratio."""
    reference_once = reference.time_batch(1)
    learner_once = learner.time_batch(1)
    number = int(min(MAX_NUMBER, max(1, BATCH_SECONDS / max(reference_once, 1e-9))))
    if learner_once * number > SLOW_BATCH_SECONDS:
        pairs = FEW_PAIRS
        number = max(1, int(SLOW_BATCH_SECONDS / max(learner_once, 1e-9)))
    learner_times, reference_times, ratios = [], [], []
    for index in range(pairs):
        if index % 2 == 0:
            mine, theirs = learner.time_batch(number), reference.time_batch(number)
        else:
            theirs, mine = reference.time_batch(number), learner.time_batch(number)
        learner_times.append(mine / number)
        reference_times.append(theirs / number)
        ratios.append(mine / theirs)
    return (statistics.median(learner_times), statistics.median(reference_times), statistics.median(ratios))


def measure(kata: Kata, learner: LearnerProxy, reference: LearnerProxy, seed: int) -> TimingResult:
    """Time learner against reference; raises LearnerProblem when the learner fails."""
    timing = kata.timing
    args, kwargs = bench_input(kata, timing.bench_size, seed)
    for proxy in (learner, reference):
        proxy.prepare_bench(args, kwargs)
    learner_seconds, reference_seconds, ratio = _pairs(learner, reference, PAIRS)
    result = TimingResult(learner_seconds, reference_seconds, ratio, timing.max_ratio)
    if timing.bench_size_large:
        args, kwargs = bench_input(kata, timing.bench_size_large, seed)
        for proxy in (learner, reference):
            proxy.prepare_bench(args, kwargs)
        learner_large, reference_large, _ = _pairs(learner, reference, FEW_PAIRS)
        scale = math.log(timing.bench_size_large / timing.bench_size)
        result.learner_growth = math.log(learner_large / learner_seconds) / scale
        result.reference_growth = math.log(reference_large / reference_seconds) / scale
    return result
