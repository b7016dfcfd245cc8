"""Adds up the arrays' norms instead of taking the norm of the norms."""

import numpy as np

MISTAKES = "sum_of_the_norms"


def clip_grad_norm(grads, max_norm):
    total_norm = float(sum(np.linalg.norm(grad.ravel()) for grad in grads))
    factor = min(1.0, max_norm / (total_norm + 1e-6))
    return [grad * factor for grad in grads], total_norm
