"""Picks the stable branch with np.where, but np.where computes both, so the other one overflows and warns."""

import numpy as np

MISTAKES = "sigmoid_overflows"


def dense_forward(x, W, b, activation="relu"):
    if activation not in {"relu", "sigmoid", "tanh", "linear"}:
        raise ValueError(activation)
    z = np.dot(x, W) + b
    if activation == "sigmoid":
        return np.where(z >= 0, 1.0 / (1.0 + np.exp(-z)), np.exp(z) / (1.0 + np.exp(z)))
    if activation == "relu":
        return np.where(z > 0, z, 0.0)
    return np.tanh(z) if activation == "tanh" else z
