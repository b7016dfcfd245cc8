"""Subtle: sums per row, but subtracts the global max, so a row far below it underflows to 0/0."""

import numpy as np

EXPECTED = "own max"


def softmax(x, axis=-1):
    e = np.exp(x - np.max(x))
    return e / e.sum(axis=axis, keepdims=True)
