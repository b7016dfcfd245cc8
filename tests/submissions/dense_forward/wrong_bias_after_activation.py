"""Adds the bias to the activation's output instead of to the pre-activation."""

import numpy as np

MISTAKES = "bias_added_after_activation"

FUNCTIONS = {
    "relu": lambda z: np.maximum(z, 0.0),
    "sigmoid": lambda z: np.exp(-np.logaddexp(0.0, -z)),
    "tanh": np.tanh,
    "linear": lambda z: z,
}


def dense_forward(x, W, b, activation="relu"):
    if activation not in FUNCTIONS:
        raise ValueError(f"unknown activation {activation}")
    return FUNCTIONS[activation](x @ W) + b
