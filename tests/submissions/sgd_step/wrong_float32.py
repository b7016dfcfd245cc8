"""Computes in float32 to save memory, so float64 weights lose precision."""

import numpy as np

MISTAKES = "float32"


def sgd_step(theta, grad, lr, weight_decay=0.0):
    theta = theta.astype(np.float32)
    return theta - np.float32(lr) * (grad.astype(np.float32) + np.float32(weight_decay) * theta)
