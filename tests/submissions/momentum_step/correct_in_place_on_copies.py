"""Correct: copies velocity and theta, then updates the copies in place."""

import numpy as np


def momentum_step(theta, grad, velocity, lr, beta=0.9):
    dtype = np.result_type(theta, velocity, grad, 1.0)
    new_velocity = np.array(velocity, dtype=dtype)
    new_velocity *= beta
    new_velocity += grad
    new_theta = np.array(theta, dtype=dtype)
    new_theta -= lr * new_velocity
    return new_theta, new_velocity
