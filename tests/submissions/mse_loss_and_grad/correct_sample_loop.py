"""Correct but unvectorised: one sample at a time, as the formula reads."""

import numpy as np

EXPECTED_STATUS = "slow"


def mse_loss_and_grad(X, y, w, b):
    n, d = X.shape
    loss, dw, db = 0.0, np.zeros(d, dtype=X.dtype), 0.0
    for i in range(n):
        r = y[i] - (X[i] @ w + b)
        loss += r * r / n
        dw -= 2.0 * r * X[i] / n
        db -= 2.0 * r / n
    return float(loss), dw, float(db)
