"""Shifts labels by their min for np.bincount (right for negative labels), but an empty child
has no min: ValueError."""

import numpy as np

MISTAKES = ("empty_child_raises", "bincount_of_shifted_labels")


def _entropy(labels):
    counts = np.bincount(labels - labels.min())
    p = counts[counts > 0] / labels.size
    return float(-(p * np.log2(p)).sum())


def information_gain(parent, children):
    if parent.size == 0:
        raise ValueError("parent is empty")
    return _entropy(parent) - sum(c.size / parent.size * _entropy(c) for c in children)
