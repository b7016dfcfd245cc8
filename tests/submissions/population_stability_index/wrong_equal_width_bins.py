"""Bins of equal width over the expected range, outer edges open: not quantile bins."""

import numpy as np

MISTAKES = "equal_width_bins"


def population_stability_index(expected, actual, bins=10, eps=1e-6):
    if bins < 1:
        raise ValueError("bins must be at least 1")
    edges = np.linspace(expected.min(), expected.max(), bins + 1)[1:-1]
    e = np.bincount(np.digitize(expected, edges), minlength=bins) / expected.size
    a = np.bincount(np.digitize(actual, edges), minlength=bins) / actual.size
    e, a = np.maximum(e, eps), np.maximum(a, eps)
    return float(np.sum((a - e) * np.log(a / e)))
