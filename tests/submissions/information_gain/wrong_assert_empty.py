"""A blind tester's file: rejects an empty parent with assert (AssertionError), not ValueError."""

import numpy as np

MISTAKES = "empty_parent_rejected_with_another_error"


def _H(a):
    if len(a) == 0:
        return 0.0
    _, c = np.unique(a, return_counts=True)
    p = c / len(a)
    return float(-np.sum(p * np.log2(p)))


def information_gain(parent, children):
    n = len(parent)
    assert n > 0, "empty parent"
    return _H(parent) - sum(len(ch) / n * _H(ch) for ch in children)
