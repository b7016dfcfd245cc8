"""Clips in place, as torch's clip_grad_norm_ does: the caller's arrays change."""

import numpy as np

MISTAKES = ("in_place", "returns_input")  # it scales the caller's arrays and returns them


def clip_grad_norm(grads, max_norm):
    total_norm = float(np.sqrt(sum(np.sum(grad**2) for grad in grads)))
    factor = min(1.0, max_norm / (total_norm + 1e-6))
    for grad in grads:
        grad *= factor
    return grads, total_norm
