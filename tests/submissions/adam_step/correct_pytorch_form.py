"""Correct: PyTorch's arrangement: lerp for m, the corrections folded into step size and denominator."""

import math

import numpy as np


def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m_new = m + (1 - beta1) * (grad - m)
    v_new = beta2 * v + (1 - beta2) * grad * grad
    step_size = lr / (1 - beta1**t)
    denominator = np.sqrt(v_new) / math.sqrt(1 - beta2**t) + eps
    return theta - step_size * m_new / denominator, m_new, v_new
