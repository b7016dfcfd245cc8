"""An if/elif chain whose else is the linear activation: an unknown name silently gets none."""

import numpy as np

MISTAKES = "unknown_activation_not_rejected"


def dense_forward(x, W, b, activation="relu"):
    z = x @ W + b
    if activation == "relu":
        return np.maximum(z, 0.0)
    elif activation == "sigmoid":
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1.0, e) / (1.0 + e)
    elif activation == "tanh":
        return np.tanh(z)
    else:
        return z
