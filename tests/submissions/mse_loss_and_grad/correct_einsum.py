"""Correct: predictions minus targets, the gradients by einsum and a mean."""

import numpy as np


def mse_loss_and_grad(X, y, w, b):
    errors = np.einsum("nd,d->n", X, w) + b - y
    loss = np.mean(np.square(errors))
    dw = 2.0 * np.einsum("nd,n->d", X, errors) / len(y)
    db = 2.0 * errors.mean()
    return float(loss), dw, float(db)
