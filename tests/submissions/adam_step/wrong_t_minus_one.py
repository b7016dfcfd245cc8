"""Bias-corrects with t-1 as if t were 0-based: on step 1 it divides by 1 - β⁰ = 0."""

import numpy as np

MISTAKES = "bias_correction_with_t_minus_one"


def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad**2
    m_hat = m / (1 - beta1 ** (t - 1))
    v_hat = v / (1 - beta2 ** (t - 1))
    theta = theta - lr * m_hat / (np.sqrt(v_hat) + eps)
    return theta, m, v
