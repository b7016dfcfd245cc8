"""Correct but unvectorised: one weight at a time."""

import numpy as np

EXPECTED_STATUS = "slow"


def momentum_step(theta, grad, velocity, lr, beta=0.9):
    dtype = np.result_type(theta, 1.0)
    new_theta = np.empty(np.shape(theta), dtype=dtype)
    new_velocity = np.empty(np.shape(theta), dtype=dtype)
    for index in np.ndindex(np.shape(theta)):
        speed = beta * float(velocity[index]) + float(grad[index])
        new_velocity[index] = speed
        new_theta[index] = float(theta[index]) - lr * speed
    return new_theta, new_velocity
