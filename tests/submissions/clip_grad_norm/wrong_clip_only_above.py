"""Subtle: scales by max_norm/(norm + 1e-6), but only when the norm exceeds max_norm."""

import numpy as np

MISTAKES = "scaled_only_above_max_norm"


def clip_grad_norm(grads, max_norm):
    total_norm = float(np.sqrt(sum(np.sum(np.square(grad)) for grad in grads)))
    if total_norm > max_norm:
        factor = max_norm / (total_norm + 1e-6)
        return [grad * factor for grad in grads], total_norm
    return [np.array(grad) for grad in grads], total_norm
