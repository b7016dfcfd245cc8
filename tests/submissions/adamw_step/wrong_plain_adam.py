"""Plain Adam: weight_decay is accepted and never used."""

import math

import numpy as np

MISTAKES = "decay_ignored"


def adamw_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    m = m + (1 - beta1) * (grad - m)
    v = beta2 * v + (1 - beta2) * np.square(grad)
    denominator = np.sqrt(v) / math.sqrt(1 - beta2**t) + eps
    return theta - lr / (1 - beta1**t) * m / denominator, m, v
