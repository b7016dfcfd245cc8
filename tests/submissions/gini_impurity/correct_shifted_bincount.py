"""Correct: np.bincount of the labels shifted by their min, which handles negative labels."""

import numpy as np


def gini_impurity(labels):
    if labels.size == 0:
        return 0.0
    counts = np.bincount(labels - labels.min())
    p = counts / labels.size
    return float(1.0 - np.dot(p, p))
