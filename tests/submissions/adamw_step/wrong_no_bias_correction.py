"""Skips the bias correction: the step uses the raw moments."""

import numpy as np

MISTAKES = "no_bias_correction"


def adamw_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    theta = theta * (1 - lr * weight_decay)
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad**2
    return theta - lr * m / (np.sqrt(v) + eps), m, v
