"""Clips each gradient by its own norm, but returns the global norm."""

import numpy as np

MISTAKES = "each_array_clipped_by_its_own_norm"


def clip_grad_norm(grads, max_norm):
    clipped = []
    squares = 0.0
    for grad in grads:
        norm = np.linalg.norm(grad)
        squares += norm**2
        clipped.append(grad * min(1.0, max_norm / (norm + 1e-6)))
    return clipped, float(np.sqrt(squares))
