"""No eps at all: an empty bin gives inf (and a RuntimeWarning)."""

import numpy as np

MISTAKES = "fractions_not_clipped"


def population_stability_index(expected, actual, bins=10, eps=1e-6):
    if bins < 1:
        raise ValueError("bins must be at least 1")
    edges = np.unique(np.quantile(expected, np.arange(1, bins) / bins))
    e = np.bincount(np.searchsorted(edges, expected, side="right"), minlength=edges.size + 1)
    a = np.bincount(np.searchsorted(edges, actual, side="right"), minlength=edges.size + 1)
    e, a = e / e.sum(), a / a.sum()
    return float(np.sum((a - e) * np.log(a / e)))
