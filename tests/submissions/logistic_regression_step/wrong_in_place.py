"""Right values, but updates the caller's weight array in place with -=."""

import numpy as np

MISTAKES = "in_place"


def logistic_regression_step(X, y, w, b, lr, l2=0.0):
    z = X @ w + b
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1.0, e) / (1.0 + e)
    dw = X.T @ (p - y) / len(y) + 2 * l2 * w
    w -= lr * dw
    return w, float(b - lr * np.mean(p - y))
