"""Correct: the sigmoid as (1 + tanh(z/2))/2 and the weight gradient with einsum.

tanh loses the relative precision of tiny sigmoids, but a gradient only needs sigma - y
to absolute precision, which tanh keeps.
"""

import numpy as np


def logistic_regression_step(X, y, w, b, lr, l2=0.0):
    residual = 0.5 * (1.0 + np.tanh((X @ w + b) / 2.0)) - y
    grad_w = np.einsum("nd,n->d", X, residual) / len(residual) + 2.0 * l2 * w
    grad_b = residual.mean()
    return w - lr * grad_w, float(b - lr * grad_b)
