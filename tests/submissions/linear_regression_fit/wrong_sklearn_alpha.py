"""Subtle: Ridge's alpha convention, (XcᵀXc + l2·I) w = Xcᵀyc, for a loss that is a mean; right when l2 = 0."""

import numpy as np

MISTAKES = "penalty_not_scaled_by_n"


def linear_regression_fit(X, y, l2=0.0):
    x_bar, y_bar = X.mean(axis=0), y.mean()
    Xc, yc = X - x_bar, y - y_bar
    w = np.linalg.pinv(Xc.T @ Xc + l2 * np.eye(X.shape[1])) @ Xc.T @ yc
    return w, float(y_bar - x_bar @ w)
