"""The paper's λ taken literally: theta shrinks by weight_decay·theta, without the learning rate."""

import numpy as np

MISTAKES = "decay_not_multiplied_by_lr"


def adamw_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    theta = theta - weight_decay * theta
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad**2
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), m, v
