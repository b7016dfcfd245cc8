"""Mistake models of the mse_loss_and_grad kata: what a learner who makes each mistake returns.

Each function takes mse_loss_and_grad's arguments and computes the wrong
(loss, dw, db) that mistake gives. The harness names a mistake only when a
learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _loss_and_residual(X, y, w, b):
    residual = y - (X @ w + b)
    return float(np.mean(residual**2)), residual


@mistake(
    "your gradients lack the factor 2 (the gradient of ½·MSE): the derivative of r² is 2r, so "
    "dw = -(2/n)·Xᵀr and db = -(2/n)·Σr"
)
def factor_2_dropped(X, y, w, b):
    loss, residual = _loss_and_residual(X, y, w, b)
    n = len(y)
    return loss, -(X.T @ residual) / n, float(-np.sum(residual) / n)


@mistake(
    "your gradients have the wrong sign (they point downhill): with r = y - (Xw + b), the chain "
    "rule brings a minus (∂r/∂w = -X), so dw = -(2/n)·Xᵀr and db = -(2/n)·Σr"
)
def gradient_sign_flipped(X, y, w, b):
    loss, residual = _loss_and_residual(X, y, w, b)
    n = len(y)
    return loss, 2.0 * (X.T @ residual) / n, float(2.0 * np.sum(residual) / n)


@mistake(
    "your gradients sum over the samples where the loss averages: divide them by n too, "
    "dw = -(2/n)·Xᵀr and db = -(2/n)·Σr"
)
def gradients_summed_not_averaged(X, y, w, b):
    loss, residual = _loss_and_residual(X, y, w, b)
    return loss, -2.0 * (X.T @ residual), float(-2.0 * np.sum(residual))


@mistake(
    "your gradients use the residual without b (y - Xw): the prediction is Xw + b, so take "
    "r = y - (Xw + b) for the loss and both gradients alike"
)
def b_left_out_of_the_gradients(X, y, w, b):
    loss, _ = _loss_and_residual(X, y, w, b)
    residual = y - X @ w
    n = len(y)
    return loss, -2.0 * (X.T @ residual) / n, float(-2.0 * np.sum(residual) / n)
