"""The gradient of the summed loss: X.T @ (p - y) and sum(p - y), n times too large."""

import numpy as np

MISTAKES = "gradients_summed_not_averaged"


def logistic_regression_step(X, y, w, b, lr, l2=0.0):
    z = X @ w + b
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1.0, e) / (1.0 + e)
    dw = X.T @ (p - y) + 2 * l2 * w
    db = np.sum(p - y)
    return w - lr * dw, float(b - lr * db)
