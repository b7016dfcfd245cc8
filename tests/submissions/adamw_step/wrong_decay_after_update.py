"""Subtle: takes the Adam step first, then decays the new theta (off by about lr²·weight_decay)."""

import numpy as np

MISTAKES = "decay_after_the_adam_update"


def adamw_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad**2
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    theta = theta - lr * m_hat / (np.sqrt(v_hat) + eps)
    theta = theta - lr * weight_decay * theta
    return theta, m, v
