"""Ordinary least squares with an intercept, whatever l2 says."""

import numpy as np

MISTAKES = "l2_ignored"


def linear_regression_fit(X, y, l2=0.0):
    design = np.c_[np.ones(len(X)), X]
    coefficients = np.linalg.pinv(design) @ y
    return coefficients[1:], float(coefficients[0])
