"""Subtle: searchsorted with its default side='left'. Right on continuous random data, where no
value sits exactly on a quantile edge; a value equal to an edge goes to the bin below."""

import numpy as np

MISTAKES = "edge_values_in_the_lower_bin"


def population_stability_index(expected, actual, bins=10, eps=1e-6):
    if bins < 1:
        raise ValueError("bins must be at least 1")
    edges = np.unique(np.quantile(expected, np.arange(1, bins) / bins))
    e = np.bincount(np.searchsorted(edges, expected), minlength=len(edges) + 1) / len(expected)
    a = np.bincount(np.searchsorted(edges, actual), minlength=len(edges) + 1) / len(actual)
    e, a = np.maximum(e, eps), np.maximum(a, eps)
    return float(np.sum((a - e) * np.log(a / e)))
