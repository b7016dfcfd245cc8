"""Squares the counts instead of the fractions: a large negative number, not an impurity."""

import numpy as np

MISTAKES = "counts_not_divided_by_n"


def gini_impurity(labels):
    if labels.size == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    return float(1 - np.sum(counts**2))
