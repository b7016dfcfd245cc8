"""Subtle: the textbook sigmoid 1/(1 + exp(-z)), right on small inputs, overflows (and warns) for z < -709."""

import numpy as np

MISTAKES = "sigmoid_overflows"


def dense_forward(x, W, b, activation="relu"):
    z = x @ W + b
    if activation == "relu":
        return np.maximum(0, z)
    if activation == "sigmoid":
        return 1 / (1 + np.exp(-z))
    if activation == "tanh":
        return np.tanh(z)
    if activation == "linear":
        return z
    raise ValueError(f"unknown activation: {activation}")
