"""Forgets the square root: the 'norm' is the sum of squares."""

import numpy as np

MISTAKES = "norm_not_square_rooted"


def clip_grad_norm(grads, max_norm):
    total = float(sum(np.sum(grad * grad) for grad in grads))
    factor = min(1.0, max_norm / (total + 1e-6))
    return [grad * factor for grad in grads], total
