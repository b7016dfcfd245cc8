"""Correct: each sample's gradient by broadcasting, then the mean over the samples."""

import numpy as np

EXPECTED_STATUS = ("pass", "slow")  # 4.1-4.3x when max_ratio was set, 6.1-8.9x in a CI run: its (n, d) temporary


def mse_loss_and_grad(X, y, w, b):
    residual = y - (X @ w + b)
    per_sample = -2.0 * residual[:, None] * X
    return float(np.mean(residual**2)), per_sample.mean(axis=0), float(-2.0 * residual.mean())
