"""Leaves ε out: a zero gradient from zero moments gives 0/0 = NaN."""

import numpy as np

MISTAKES = "eps_left_out"


def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad**2
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    theta = theta - lr * m_hat / np.sqrt(v_hat)
    return theta, m, v
