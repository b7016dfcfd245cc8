"""tanh from its definition with exponentials: inf/inf = NaN for |z| above 710."""

import numpy as np

MISTAKES = "tanh_from_exponentials"


def dense_forward(x, W, b, activation="relu"):
    z = x @ W + b
    if activation == "relu":
        return np.maximum(z, 0.0)
    if activation == "sigmoid":
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    if activation == "tanh":
        return (np.exp(z) - np.exp(-z)) / (np.exp(z) + np.exp(-z))
    if activation == "linear":
        return z
    raise ValueError("activation must be relu, sigmoid, tanh or linear")
