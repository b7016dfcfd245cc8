"""Applies the last ReLU to F(x) and then adds x, so negative entries of x come through."""

import numpy as np

MISTAKES = "relu_before_adding_x"


def relu(z):
    return np.maximum(0, z)


def residual_block(x, W1, b1, W2, b2):
    h = relu(x @ W1 + b1)
    F = relu(h @ W2 + b2)
    return F + x
