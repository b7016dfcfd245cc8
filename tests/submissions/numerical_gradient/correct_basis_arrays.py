"""Correct: for each flat index, a basis array of x's shape scaled by h, added and subtracted."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    grad = np.empty(x.size, dtype=x.dtype)
    for k in range(x.size):
        step = np.zeros(x.size)
        step[k] = h
        step = step.reshape(x.shape)
        grad[k] = (f(x + step) - f(x - step)) / (2 * h)
    return grad.reshape(x.shape)
