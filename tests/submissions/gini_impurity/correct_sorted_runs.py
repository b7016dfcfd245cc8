"""Correct: sort a copy, find where the label changes, and count the runs between."""

import numpy as np


def gini_impurity(labels):
    n = labels.size
    if n == 0:
        return 0.0
    ordered = np.sort(labels)
    starts = np.flatnonzero(ordered[1:] != ordered[:-1]) + 1
    counts = np.diff(np.concatenate(([0], starts, [n])))
    return float(1.0 - np.sum(counts.astype(np.float64) ** 2) / n**2)
