"""Mistake models of the logistic_regression_step kata: what a learner who makes each mistake returns.

Each function takes logistic_regression_step's arguments and computes the wrong
answer that mistake gives (or raises what it raises). The harness names a mistake
only when a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _residual(X, y, w, b):
    """σ(Xw + b) - y, with a sigmoid that cannot overflow."""
    z = X @ w + b
    small = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0, small) / (1.0 + small) - y


@mistake(
    "your weight gradient adds l2·w for the penalty: the derivative of l2·Σw² is 2·l2·w, so "
    "dw = Xᵀ(σ - y)/n + 2·l2·w"
)
def penalty_gradient_without_the_factor_2(X, y, w, b, lr, l2=0.0):
    residual = _residual(X, y, w, b)
    grad_w = X.T @ residual / X.shape[0] + l2 * w
    return w - lr * grad_w, float(b - lr * np.mean(residual))


@mistake(
    "you penalise the intercept too: the penalty l2·Σw² is on the weights only, so "
    "db = mean(σ - y) with no 2·l2·b"
)
def intercept_penalised(X, y, w, b, lr, l2=0.0):
    residual = _residual(X, y, w, b)
    grad_w = X.T @ residual / X.shape[0] + 2.0 * l2 * w
    return w - lr * grad_w, float(b - lr * (np.mean(residual) + 2.0 * l2 * b))


@mistake(
    "your gradients are sums over the examples, n times too large: the loss is the MEAN "
    "cross-entropy, so divide Xᵀ(σ - y) by n and take the mean of σ - y for db"
)
def gradients_summed_not_averaged(X, y, w, b, lr, l2=0.0):
    residual = _residual(X, y, w, b)
    grad_w = X.T @ residual + 2.0 * l2 * w
    return w - lr * grad_w, float(b - lr * np.sum(residual))


@mistake(
    "you compute db after updating w, so σ(Xw + b) for db uses the new w: both gradients "
    "must be taken at the old w and b, then both are updated"
)
def intercept_step_uses_the_new_weights(X, y, w, b, lr, l2=0.0):
    residual = _residual(X, y, w, b)
    w = w - lr * (X.T @ residual / X.shape[0] + 2.0 * l2 * w)
    return w, float(b - lr * np.mean(_residual(X, y, w, b)))
