"""Correct: copies theta, then updates the copy in place."""

import numpy as np


def sgd_step(theta, grad, lr, weight_decay=0.0):
    new_theta = np.array(theta, dtype=np.result_type(theta, 1.0))
    new_theta -= lr * (grad + weight_decay * theta)
    return new_theta
