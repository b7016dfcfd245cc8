"""Subtle: np.bincount is right on the usual labels 0, 1, 2, ... but raises ValueError on a
negative label."""

import numpy as np

MISTAKES = "bincount_of_negative_labels"


def gini_impurity(labels):
    if len(labels) == 0:
        return 0.0
    p = np.bincount(labels) / len(labels)
    return float(1.0 - np.sum(p**2))
