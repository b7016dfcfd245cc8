"""Correct: sort each sample once; the number of values below each edge is a searchsorted of
the edges into it (side='left' counts values < edge), and the bins are its differences."""

import numpy as np


def _fractions(sample, edges):
    below = np.searchsorted(np.sort(sample), edges, side="left")
    cumulative = np.concatenate([[0], below, [sample.size]])
    return np.diff(cumulative) / sample.size


def population_stability_index(expected, actual, bins=10, eps=1e-6):
    if bins < 1:
        raise ValueError("bins must be at least 1")
    levels = np.arange(1, bins) / bins
    edges = np.unique(np.quantile(expected, levels))
    e = np.maximum(_fractions(expected, edges), eps)
    a = np.maximum(_fractions(actual, edges), eps)
    return float(((a - e) * np.log(a / e)).sum())
