"""Treats t as 0-based and bias-corrects with t + 1."""

import numpy as np

MISTAKES = "bias_correction_with_t_plus_one"


def adamw_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    step = t + 1
    theta = theta * (1 - lr * weight_decay)
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad**2
    m_hat = m / (1 - beta1**step)
    v_hat = v / (1 - beta2**step)
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), m, v
