"""Right values, but shifts the caller's array in place."""

import numpy as np

MISTAKES = "in_place"


def log_softmax(x, axis=-1):
    x -= np.max(x, axis=axis, keepdims=True)
    return x - np.log(np.sum(np.exp(x), axis=axis, keepdims=True))
