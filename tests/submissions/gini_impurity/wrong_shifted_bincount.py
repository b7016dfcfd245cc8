"""Shifts the labels by their min for np.bincount (right for negative labels), but the min of
an empty array raises ValueError."""

import numpy as np

MISTAKES = ("empty_min_raises", "bincount_of_shifted_labels")


def gini_impurity(labels):
    counts = np.bincount(labels - labels.min())
    p = counts / labels.size
    return float(1.0 - (p**2).sum())
