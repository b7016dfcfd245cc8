"""Subtle: right values, but each child is sorted in place (to count runs), which changes
the caller's arrays inside the children list."""

import numpy as np

MISTAKES = "in_place"


def _entropy(labels):
    if len(labels) == 0:
        return 0.0
    labels.sort()  # in place: the caller's array
    starts = np.flatnonzero(np.r_[True, labels[1:] != labels[:-1]])
    counts = np.diff(np.r_[starts, len(labels)])
    p = counts / len(labels)
    return float(-np.sum(p * np.log2(p)))


def information_gain(parent, children):
    if len(parent) == 0:
        raise ValueError("the parent has no labels")
    n = len(parent)
    return _entropy(parent.copy()) - sum(len(child) / n * _entropy(child) for child in children)
