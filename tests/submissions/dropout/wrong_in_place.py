"""Right values, but multiplies x by the mask in place, so the caller's activations change."""

import numpy as np

MISTAKES = "in_place"


def dropout(x, p, rng, training=True):
    if not 0.0 <= p <= 1.0:
        raise ValueError("p must be in [0, 1]")
    if not training or p == 0.0:
        return x.copy()
    if p == 1.0:
        return np.zeros_like(x)
    x *= rng.random(x.shape) >= p
    x /= 1.0 - p
    return x
