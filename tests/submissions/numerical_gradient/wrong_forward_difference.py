"""Subtle: the forward difference (f(x + h) - f(x)) / h, off by O(h): about 1e-5, unseen by a loose check."""

import numpy as np

MISTAKES = "forward_difference"


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x, dtype=float)
    fx = f(x)
    for i in np.ndindex(x.shape):
        x_plus = x.astype(float)
        x_plus[i] += h
        grad[i] = (f(x_plus) - fx) / h
    return grad
