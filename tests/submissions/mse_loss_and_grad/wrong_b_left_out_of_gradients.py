"""Subtle: the gradients use y - Xw, without b; right whenever b = 0, as in a naive test."""

import numpy as np

MISTAKES = "b_left_out_of_the_gradients"


def mse_loss_and_grad(X, y, w, b):
    n = X.shape[0]
    loss = np.mean((y - (X @ w + b)) ** 2)
    residual = y - X @ w
    dw = -2.0 / n * (X.T @ residual)
    db = -2.0 / n * np.sum(residual)
    return float(loss), dw, float(db)
