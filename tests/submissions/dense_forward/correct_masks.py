"""Correct: a table of activations, sigmoid filled branch by branch with boolean masks."""

import numpy as np


def _relu(z):
    return z * (z > 0)


def _sigmoid(z):
    out = np.empty_like(z)
    positive = z >= 0
    out[positive] = 1.0 / (1.0 + np.exp(-z[positive]))
    e = np.exp(z[~positive])
    out[~positive] = e / (1.0 + e)
    return out


ACTIVATIONS = {"relu": _relu, "sigmoid": _sigmoid, "tanh": np.tanh, "linear": lambda z: z}


def dense_forward(x, W, b, activation="relu"):
    try:
        function = ACTIVATIONS[activation]
    except KeyError:
        raise ValueError(f"activation must be one of {sorted(ACTIVATIONS)}, not {activation!r}") from None
    return function(np.dot(x, W) + b[np.newaxis, :])
