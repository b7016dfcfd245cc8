"""Updates w first, then computes db from predictions made with the NEW w."""

import numpy as np


MISTAKES = "intercept_step_uses_the_new_weights"


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0, e) / (1.0 + e)


def logistic_regression_step(X, y, w, b, lr, l2=0.0):
    n = X.shape[0]
    w = w - lr * (X.T @ (_sigmoid(X @ w + b) - y) / n + 2 * l2 * w)
    b = b - lr * np.mean(_sigmoid(X @ w + b) - y)
    return w, float(b)
