"""Computes in float32: fine to the eye, wrong to float64 precision."""

import numpy as np

MISTAKES = "float32"


def softmax(x, axis=-1):
    x = np.asarray(x, dtype=np.float32)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
