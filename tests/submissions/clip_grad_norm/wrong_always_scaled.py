"""Scales by max_norm/(norm + 1e-6) without capping at 1: small gradients grow."""

import numpy as np

MISTAKES = "factor_not_capped_at_1"


def clip_grad_norm(grads, max_norm):
    total_norm = np.sqrt(sum(np.sum(grad**2) for grad in grads))
    scale = max_norm / (total_norm + 1e-6)
    return [grad * scale for grad in grads], float(total_norm)
