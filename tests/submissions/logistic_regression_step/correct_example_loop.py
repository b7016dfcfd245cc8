"""Correct but slow: the gradient accumulated one example at a time."""

import math

import numpy as np

EXPECTED_STATUS = "slow"


def logistic_regression_step(X, y, w, b, lr, l2=0.0):
    n, d = X.shape
    grad_w = np.zeros(d, dtype=np.result_type(X, w))
    grad_b = 0.0
    for i in range(n):
        z = float(X[i] @ w) + b
        sigma = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
        grad_w += (sigma - y[i]) * X[i]
        grad_b += sigma - y[i]
    grad_w = grad_w / n + 2.0 * l2 * w
    return w - lr * grad_w, b - lr * grad_b / n
