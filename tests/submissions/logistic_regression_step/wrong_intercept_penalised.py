"""Subtle: adds the penalty's gradient to db as well, so the intercept shrinks too.

Right whenever l2 = 0 or b = 0, as at the start of training.
"""

import numpy as np

MISTAKES = "intercept_penalised"


def logistic_regression_step(X, y, w, b, lr, l2=0.0):
    z = X @ w + b
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    n = X.shape[0]
    dw = X.T @ (p - y) / n + 2 * l2 * w
    db = np.sum(p - y) / n + 2 * l2 * b
    return w - lr * dw, float(b - lr * db)
