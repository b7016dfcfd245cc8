"""Forgets the minus of the chain rule: these gradients point downhill."""

import numpy as np

MISTAKES = "gradient_sign_flipped"


def mse_loss_and_grad(X, y, w, b):
    residual = y - (X @ w + b)
    n = len(y)
    loss = residual @ residual / n
    dw = 2 / n * X.T @ residual
    db = 2 / n * residual.sum()
    return float(loss), dw, float(db)
