"""Returns the caller's own arrays when there is nothing to clip."""

import numpy as np

MISTAKES = "returns_input"


def clip_grad_norm(grads, max_norm):
    total_norm = float(np.sqrt(sum(np.sum(grad**2) for grad in grads)))
    factor = min(1.0, max_norm / (total_norm + 1e-6))
    if factor == 1.0:
        return list(grads), total_norm
    return [grad * factor for grad in grads], total_norm
