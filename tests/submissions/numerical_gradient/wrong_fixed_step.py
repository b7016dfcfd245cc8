"""Subtle: a hard-coded step of 1e-5; right whenever h is left at its default."""

import numpy as np

MISTAKES = "h_ignored"


def numerical_gradient(f, x, h=1e-5):
    eps = 1e-5
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        e = np.zeros(x.shape)
        e[i] = eps
        grad[i] = (f(x + e) - f(x - e)) / (2 * eps)
    return grad
