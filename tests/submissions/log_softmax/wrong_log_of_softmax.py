"""Subtle: the log of a stable softmax; right on random logits, -inf once a probability underflows."""

import numpy as np

MISTAKES = "log_of_softmax"


def log_softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return np.log(e / np.sum(e, axis=axis, keepdims=True))
