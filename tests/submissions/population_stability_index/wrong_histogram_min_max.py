"""Quantile edges from the minimum to the maximum of expected, counted with np.histogram:
actual values outside the expected range are lost."""

import numpy as np

MISTAKES = "outer_edges_at_the_expected_range"


def population_stability_index(expected, actual, bins=10, eps=1e-6):
    if bins < 1:
        raise ValueError("bins must be at least 1")
    edges = np.quantile(expected, np.linspace(0.0, 1.0, bins + 1))
    e = np.histogram(expected, bins=edges)[0] / len(expected)
    a = np.histogram(actual, bins=edges)[0] / len(actual)
    e, a = np.clip(e, eps, None), np.clip(a, eps, None)
    return float(np.sum((a - e) * np.log(a / e)))
