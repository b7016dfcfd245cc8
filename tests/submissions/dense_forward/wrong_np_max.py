"""ReLU written with np.max(z, 0), a maximum over the batch axis, instead of np.maximum."""

import numpy as np

MISTAKES = "max_instead_of_maximum"


def dense_forward(x, W, b, activation="relu"):
    z = x @ W + b
    if activation == "relu":
        return np.max(z, 0)
    if activation == "sigmoid":
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1.0, e) / (1.0 + e)
    if activation == "tanh":
        return np.tanh(z)
    if activation == "linear":
        return z
    raise ValueError(activation)
