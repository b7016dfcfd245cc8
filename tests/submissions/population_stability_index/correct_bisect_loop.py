"""Correct: bisect_right and a Python loop over the values. Not reliably slow: np.quantile and
the calls' overhead dominate the reference at the bench size, so the loop is only a few times
slower."""

import bisect
import math

import numpy as np

# timed at 2.1-2.8x in 6 runs and 1.9-8.5x in 5 (one run above max_ratio 5) with the machine
# busy (load average near 7; benchmarks/submission_ratios.py): either verdict
EXPECTED_STATUS = ("pass", "slow")


def population_stability_index(expected, actual, bins=10, eps=1e-6):
    if bins < 1:
        raise ValueError("bins must be at least 1")
    edges = sorted(set(np.quantile(expected, np.arange(1, bins) / bins).tolist()))
    psi = 0.0
    e_counts, a_counts = [0] * (len(edges) + 1), [0] * (len(edges) + 1)
    for value in expected.tolist():
        e_counts[bisect.bisect_right(edges, value)] += 1
    for value in actual.tolist():
        a_counts[bisect.bisect_right(edges, value)] += 1
    for e_count, a_count in zip(e_counts, a_counts):
        e = max(e_count / len(expected), eps)
        a = max(a_count / len(actual), eps)
        psi += (a - e) * math.log(a / e)
    return psi
