"""No special case for an empty array: 1 minus an empty sum is 1.0, not 0.0."""

import numpy as np

MISTAKES = "empty_gives_one"


def gini_impurity(labels):
    _, counts = np.unique(labels, return_counts=True)
    p = counts / len(labels)
    return float(1.0 - np.sum(p * p))
