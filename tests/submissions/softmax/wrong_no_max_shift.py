"""The textbook formula with no shift: exp(1e4) overflows to inf, inf/inf is NaN."""

import numpy as np

MISTAKES = "no_max_shift"


def softmax(x, axis=-1):
    e = np.exp(x)
    return e / e.sum(axis=axis, keepdims=True)
