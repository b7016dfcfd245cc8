"""Correct: the SVD of the centred X, each direction shrunk by s/(s² + n·l2), null directions dropped."""

import numpy as np


def linear_regression_fit(X, y, l2=0.0):
    n = X.shape[0]
    x_mean, y_mean = X.mean(axis=0), y.mean()
    U, s, Vt = np.linalg.svd(X - x_mean, full_matrices=False)
    keep = s > s.max(initial=0.0) * max(X.shape) * np.finfo(X.dtype).eps
    shrink = np.zeros_like(s)
    shrink[keep] = s[keep] / (s[keep] ** 2 + n * l2)
    w = Vt.T @ (shrink * (U.T @ (y - y_mean)))
    return w, float(y_mean - x_mean @ w)
