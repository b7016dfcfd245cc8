"""Operator precedence in the bias correction: (1 - beta1)**t instead of 1 - beta1**t."""

# From a blind audit: written from the catalog alone; the report first named a mistake it does not make.
import numpy as np

MISTAKES = "bias_correction_with_one_minus_beta_to_the_t"


def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad**2
    m_hat = m / (1 - beta1) ** t
    v_hat = v / (1 - beta2) ** t
    theta = theta - lr * m_hat / (np.sqrt(v_hat) + eps)
    return theta, m, v
