"""Correct: torch.optim.AdamW's arrangement on copies: decay, lerp for m, corrections folded in."""

import math

import numpy as np


def adamw_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    new_theta = np.multiply(theta, 1 - lr * weight_decay)
    new_m = m + (1 - beta1) * (grad - m)
    new_v = beta2 * v + (1 - beta2) * grad * grad
    denominator = np.sqrt(new_v) / math.sqrt(1 - beta2**t) + eps
    new_theta = new_theta - (lr / (1 - beta1**t)) * new_m / denominator
    return new_theta, new_m, new_v
