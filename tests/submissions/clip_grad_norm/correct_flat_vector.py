"""Correct: one flat vector of every entry, its norm by a dot product, an empty list apart."""

import numpy as np


def clip_grad_norm(grads, max_norm):
    if not grads:
        return [], 0.0
    flat = np.concatenate([np.ravel(grad) for grad in grads])
    total_norm = float(np.sqrt(flat @ flat))
    factor = min(1.0, max_norm / (total_norm + 1e-6))
    return [np.multiply(grad, factor) for grad in grads], total_norm
