"""The cheat sheet's √(v̂ + ε), with the decoupled decay done right."""

import numpy as np

MISTAKES = "eps_inside_the_square_root"


def adamw_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    theta = theta * (1 - lr * weight_decay)
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad**2
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    return theta - lr * m_hat / np.sqrt(v_hat + eps), m, v
