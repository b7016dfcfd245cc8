"""Skips the bias correction: on step 1 from zeros m = 0.1g and √v ≈ 0.032|g|, so weights move by 3.2·lr."""

import numpy as np

MISTAKES = "no_bias_correction"


def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad**2
    theta = theta - lr * m / (np.sqrt(v) + eps)
    return theta, m, v
