"""Subtle: np.bincount counts a class a node lacks as 0, and 0·log2(0) is NaN; right whenever
every node holds every class, as in a random split of many labels."""

import numpy as np

MISTAKES = "bincount_gives_nan_for_absent_classes"


def _entropy(labels):
    p = np.bincount(labels) / len(labels)
    return -np.sum(p * np.log2(p))


def information_gain(parent, children):
    if len(parent) == 0:
        raise ValueError("empty parent")
    n = len(parent)
    return float(_entropy(parent) - sum(len(c) / n * _entropy(c) for c in children))
