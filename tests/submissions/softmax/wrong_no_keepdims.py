"""Subtle: max and sum without keepdims broadcast along the wrong axis of a 2-D input."""

import numpy as np

MISTAKES = "no_keepdims"


def softmax(x, axis=-1):
    e = np.exp(x - x.max(axis=axis))
    return e / e.sum(axis=axis)
