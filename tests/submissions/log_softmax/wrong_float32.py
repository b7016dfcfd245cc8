"""Computes in float32: fine to the eye, wrong to float64 precision."""

import numpy as np

MISTAKES = "float32"


def log_softmax(x, axis=-1):
    x = np.asarray(x, dtype=np.float32)
    shifted = x - x.max(axis=axis, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))
