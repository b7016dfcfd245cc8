"""Returns the clipped arrays as a tuple from a generator, not as a list."""

import numpy as np

MISTAKES = "clipped_returned_as_a_tuple"


def clip_grad_norm(grads, max_norm):
    total_norm = float(np.sqrt(sum(np.sum(grad**2) for grad in grads)))
    factor = min(1.0, max_norm / (total_norm + 1e-6))
    return tuple(grad * factor for grad in grads), total_norm
