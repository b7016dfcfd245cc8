"""A blind tester's file: np.bincount of the labels shifted by the parent's min. int8 labels
[-100, 100] wrap and raise; labels [0, 10**12] ask for terabytes."""

import numpy as np

MISTAKES = "bincount_of_shifted_labels"


def information_gain(parent, children):
    n = len(parent)
    if n == 0:
        raise ValueError("empty parent")
    lo = parent.min()

    def H(a):
        if len(a) == 0:
            return 0.0
        c = np.bincount(a - lo)
        p = c[c > 0] / len(a)
        return -np.sum(p * np.log2(p))

    return float(H(parent) - sum(len(ch) / n * H(ch) for ch in children))
