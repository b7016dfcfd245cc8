"""Subtracts the plain sum of the children's entropies, not weighted by their sizes."""

import numpy as np


MISTAKES = "children_not_weighted"


def _entropy(labels):
    _, counts = np.unique(labels, return_counts=True)
    p = counts / len(labels)
    return -np.sum(p * np.log2(p))


def information_gain(parent, children):
    if len(parent) == 0:
        raise ValueError("empty parent")
    return float(_entropy(parent) - sum(_entropy(child) for child in children))
