"""Blind tester: pinv of the uncentred normal equations [X, 1]ᵀ[X, 1]: cond squared, lost for X far from 0."""

import numpy as np

MISTAKES = "uncentred_normal_equations"


def linear_regression_fit(X, y, l2=0.0):
    # uncentred normal equations with an unpenalised ones column, pinv for rank deficiency
    n, d = X.shape
    Xa = np.hstack([X, np.ones((n, 1))])
    R = n * l2 * np.eye(d + 1)
    R[d, d] = 0.0
    theta = np.linalg.pinv(Xa.T @ Xa + R) @ (Xa.T @ y)
    return theta[:d], float(theta[d])
