"""Subtle: sums per row, but subtracts the global max, so a row far below it underflows to 0/0."""

import numpy as np

MISTAKES = "one_max_for_the_whole_array"


def softmax(x, axis=-1):
    e = np.exp(x - np.max(x))
    return e / e.sum(axis=axis, keepdims=True)
