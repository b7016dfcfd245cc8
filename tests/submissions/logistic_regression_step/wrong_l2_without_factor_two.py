"""Subtle: the penalty's gradient as l2*w (the convention of a penalty (l2/2)*|w|^2), not 2*l2*w.

Right whenever l2 = 0, its default.
"""

import numpy as np

MISTAKES = "penalty_gradient_without_the_factor_2"


def logistic_regression_step(X, y, w, b, lr, l2=0.0):
    p = 1 / (1 + np.exp(-np.clip(X @ w + b, -500, 500)))
    dw = X.T @ (p - y) / len(y) + l2 * w
    db = np.mean(p - y)
    return w - lr * dw, float(b - lr * db)
