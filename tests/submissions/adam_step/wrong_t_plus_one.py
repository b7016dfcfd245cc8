"""Treats t as 0-based and corrects with t+1: step 1 gets the correction of step 2."""

import numpy as np

MISTAKES = "bias_correction_with_t_plus_one"


def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    step = t + 1
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad**2
    m_hat = m / (1 - beta1**step)
    v_hat = v / (1 - beta2**step)
    theta = theta - lr * m_hat / (np.sqrt(v_hat) + eps)
    return theta, m, v
