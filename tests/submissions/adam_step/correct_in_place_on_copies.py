"""Correct: in-place updates, but on copies, so the caller's arrays stay as they were."""

import numpy as np


def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m = m.copy()
    m *= beta1
    m += (1 - beta1) * grad
    v = v.copy()
    v *= beta2
    v += (1 - beta2) * np.square(grad)
    denominator = np.sqrt(v / (1 - beta2**t))
    denominator += eps
    theta = theta.copy()
    theta -= lr * (m / (1 - beta1**t)) / denominator
    return theta, m, v
