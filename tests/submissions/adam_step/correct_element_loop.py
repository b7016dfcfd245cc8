"""Correct but unvectorised: the update of the Adam paper, one weight at a time."""

import math

import numpy as np

# timed at 124-255x the reference alone (5 runs), 25-211x in the test's batch (11 runs);
# max_ratio 5
EXPECTED_STATUS = "slow"


def adam_step(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    new_theta = np.empty(np.shape(theta))
    new_m = np.empty(np.shape(theta))
    new_v = np.empty(np.shape(theta))
    correction1 = 1.0 - beta1**t
    correction2 = 1.0 - beta2**t
    for index in np.ndindex(np.shape(theta)):
        g = float(grad[index])
        first = beta1 * float(m[index]) + (1.0 - beta1) * g
        second = beta2 * float(v[index]) + (1.0 - beta2) * g * g
        step = lr * (first / correction1) / (math.sqrt(second / correction2) + eps)
        new_theta[index] = float(theta[index]) - step
        new_m[index] = first
        new_v[index] = second
    return new_theta, new_m, new_v
