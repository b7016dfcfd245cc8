"""Subtle: the textbook normal equations; right for a full-rank X, singular for a rank-deficient one."""

import numpy as np

MISTAKES = "singular_normal_equations"


def linear_regression_fit(X, y, l2=0.0):
    n, d = X.shape
    mean_x, mean_y = X.mean(axis=0), y.mean()
    Xc = X - mean_x
    w = np.linalg.inv(Xc.T @ Xc + n * l2 * np.eye(d)) @ (Xc.T @ (y - mean_y))
    return w, float(mean_y - mean_x @ w)
