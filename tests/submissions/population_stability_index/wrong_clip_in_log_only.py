"""Subtle: eps only guards the logarithm; right as long as no bin is empty."""

import numpy as np

MISTAKES = "clipped_only_inside_the_log"


def population_stability_index(expected, actual, bins=10, eps=1e-6):
    if bins < 1:
        raise ValueError("bins must be at least 1")
    edges = np.unique(np.quantile(expected, np.arange(1, bins) / bins))
    e = np.bincount(np.searchsorted(edges, expected, side="right"), minlength=edges.size + 1)
    a = np.bincount(np.searchsorted(edges, actual, side="right"), minlength=edges.size + 1)
    e, a = e / expected.size, a / actual.size
    return float(np.sum((a - e) * np.log(np.maximum(a, eps) / np.maximum(e, eps))))
