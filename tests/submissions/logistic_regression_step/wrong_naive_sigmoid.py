"""Blind tester: the naive sigmoid 1/(1 + exp(-z)): right values, but exp overflows (and NumPy warns) for z of -1000."""

import numpy as np

MISTAKES = "warns"


def logistic_regression_step(X, y, w, b, lr, l2=0.0):
    n = X.shape[0]
    s = 1.0 / (1.0 + np.exp(-(X @ w + b)))
    err = s - y
    dw = X.T @ err / n + 2 * l2 * w
    db = float(np.mean(err))
    return w - lr * dw, float(b - lr * db)
