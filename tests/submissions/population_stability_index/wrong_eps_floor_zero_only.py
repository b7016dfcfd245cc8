"""Replaces only the fractions equal to 0 by eps: a fraction in (0, eps) is not clipped."""

import numpy as np

MISTAKES = "only_empty_bins_floored_at_eps"


def population_stability_index(expected, actual, bins=10, eps=1e-6):
    if bins < 1:
        raise ValueError("bins < 1")
    e = np.asarray(expected)
    a = np.asarray(actual)
    edges = np.unique(np.quantile(e, np.arange(1, bins) / bins))
    nb = edges.size + 1
    ef = np.bincount(np.searchsorted(edges, e, side="right"), minlength=nb) / e.size
    af = np.bincount(np.searchsorted(edges, a, side="right"), minlength=nb) / a.size
    ef = np.where(ef == 0, eps, ef)
    af = np.where(af == 0, eps, af)
    return float(np.sum((af - ef) * np.log(af / ef)))
