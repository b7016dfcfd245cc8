"""Correct: sigma = exp(-log(1 + e^-z)) with logaddexp, and the gradient as a row vector times X."""

import numpy as np


def logistic_regression_step(X, y, w, b, lr, l2=0.0):
    sigma = np.exp(-np.logaddexp(0.0, -(X.dot(w) + b)))
    error = sigma - y
    new_w = w - lr * (error @ X / X.shape[0] + 2.0 * l2 * w)
    new_b = b - lr * float(error.sum()) / X.shape[0]
    return new_w, new_b
