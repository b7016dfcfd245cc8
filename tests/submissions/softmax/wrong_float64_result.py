"""Converts the logits to float64 first: right values, but float32 logits give float64."""

import numpy as np

MISTAKES = "float64_result"


def softmax(x, axis=-1):
    x = np.asarray(x, dtype=float)
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
