"""Central points, but the difference divided by h: every entry twice the gradient."""

import numpy as np

MISTAKES = "divided_by_h"


def numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[i] += h
        minus[i] -= h
        grad[i] = (f(plus) - f(minus)) / h
    return grad
