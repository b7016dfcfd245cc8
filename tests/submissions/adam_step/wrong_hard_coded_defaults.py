"""Subtle: right with the default hyperparameters, but ignores the lr, beta1, beta2 and eps passed in."""

import numpy as np

MISTAKES = "hyperparameters_hard_coded"


def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m = 0.9 * m + 0.1 * grad
    v = 0.999 * v + 0.001 * grad**2
    m_hat = m / (1 - 0.9**t)
    v_hat = v / (1 - 0.999**t)
    theta = theta - 1e-3 * m_hat / (np.sqrt(v_hat) + 1e-8)
    return theta, m, v
