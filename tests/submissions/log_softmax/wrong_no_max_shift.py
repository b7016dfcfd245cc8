"""The textbook formula as written, x - log Σ exp(x): exp(1e4) overflows."""

import numpy as np

MISTAKES = "no_max_shift"


def log_softmax(x, axis=-1):
    return x - np.log(np.sum(np.exp(x), axis=axis, keepdims=True))
