"""Correct but slow: every entry squared and scaled one by one in Python (hundreds of times slower)."""

import math

import numpy as np

EXPECTED_STATUS = "slow"


def clip_grad_norm(grads, max_norm):
    squares = 0.0
    for grad in grads:
        for value in np.ravel(grad).tolist():
            squares += value * value
    total_norm = math.sqrt(squares)
    factor = min(1.0, max_norm / (total_norm + 1e-6))
    clipped = []
    for grad in grads:
        scaled = np.empty_like(grad)
        for index, value in np.ndenumerate(grad):
            scaled[index] = value * factor
        clipped.append(scaled)
    return clipped, total_norm
