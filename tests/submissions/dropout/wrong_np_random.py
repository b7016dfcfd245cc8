"""Right in law, but draws the mask from np.random, not from rng: not reproducible."""

import numpy as np

MISTAKES = "random_numbers_not_from_rng"


def dropout(x, p, rng, training=True):
    if not 0.0 <= p <= 1.0:
        raise ValueError("p must be in [0, 1]")
    if not training or p == 0.0:
        return x.copy()
    if p == 1.0:
        return np.zeros_like(x)
    mask = np.random.rand(*x.shape) > p
    return x * mask / (1.0 - p)
