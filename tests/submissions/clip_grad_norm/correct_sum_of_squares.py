"""Correct: the sum of squares array by array, then one square root; copies scaled in place."""

import math

import numpy as np


def clip_grad_norm(grads, max_norm):
    squares = 0.0
    for grad in grads:
        squares += float(np.sum(np.square(grad)))
    total_norm = math.sqrt(squares)
    factor = max_norm / (total_norm + 1e-6)
    clipped = [np.array(grad, copy=True) for grad in grads]
    if factor < 1.0:
        for grad in clipped:
            grad *= factor
    return clipped, total_norm
