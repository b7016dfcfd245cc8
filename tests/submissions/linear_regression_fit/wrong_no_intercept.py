"""Fits y ≈ Xw through the origin and returns b = 0."""

import numpy as np

MISTAKES = "no_intercept"


def linear_regression_fit(X, y, l2=0.0):
    n, d = X.shape
    A = np.vstack([X, np.sqrt(n * l2) * np.eye(d)])
    w, *_ = np.linalg.lstsq(A, np.concatenate([y, np.zeros(d)]), rcond=None)
    return w, 0.0
