"""Correct but unvectorised: one weight at a time."""

import numpy as np

EXPECTED_STATUS = "slow"


def sgd_step(theta, grad, lr, weight_decay=0.0):
    new_theta = np.empty(np.shape(theta), dtype=np.result_type(theta, 1.0))
    for index in np.ndindex(np.shape(theta)):
        weight = float(theta[index])
        new_theta[index] = weight - lr * (float(grad[index]) + weight_decay * weight)
    return new_theta
