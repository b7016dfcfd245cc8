"""Adds eps to every fraction instead of clipping, and never checks bins."""

import numpy as np

MISTAKES = ("eps_added_to_every_fraction", "bins_below_1_accepted")


def population_stability_index(expected, actual, bins=10, eps=1e-6):
    edges = np.unique(np.quantile(expected, np.arange(1, bins) / bins))
    e = np.bincount(np.searchsorted(edges, expected, side="right"), minlength=edges.size + 1)
    a = np.bincount(np.searchsorted(edges, actual, side="right"), minlength=edges.size + 1)
    e = e / expected.size + eps
    a = a / actual.size + eps
    return float(np.sum((a - e) * np.log(a / e)))
