"""Subtle: clips only above max_norm and with no 1e-6, right on every ordinary input."""

import math

import numpy as np

MISTAKES = "epsilon_not_1e_6"


def clip_grad_norm(grads, max_norm):
    total_norm = math.sqrt(sum(float(np.vdot(grad, grad)) for grad in grads))
    if total_norm > max_norm:
        return [grad * (max_norm / total_norm) for grad in grads], total_norm
    return [grad.copy() for grad in grads], total_norm
