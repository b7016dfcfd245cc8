"""Concatenates the flattened gradients: right, except that an empty list raises."""

import numpy as np

MISTAKES = "empty_list_not_handled"


def clip_grad_norm(grads, max_norm):
    flat = np.concatenate([grad.ravel() for grad in grads])
    total_norm = float(np.linalg.norm(flat))
    factor = min(1.0, max_norm / (total_norm + 1e-6))
    return [grad * factor for grad in grads], total_norm
