"""Returns the norm of the clipped gradients instead of the norm before clipping."""

import numpy as np

MISTAKES = "norm_after_clipping"


def clip_grad_norm(grads, max_norm):
    total_norm = np.sqrt(sum(np.sum(grad**2) for grad in grads))
    grads = [grad * min(1.0, max_norm / (total_norm + 1e-6)) for grad in grads]
    total_norm = np.sqrt(sum(np.sum(grad**2) for grad in grads))
    return grads, float(total_norm)
