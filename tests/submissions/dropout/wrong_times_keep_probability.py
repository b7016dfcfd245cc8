"""Multiplies the survivors by the keep probability 1 - p instead of dividing by it."""

import numpy as np

MISTAKES = "scaled_by_one_minus_p"


def dropout(x, p, rng, training=True):
    if p < 0 or p > 1:
        raise ValueError("p must be between 0 and 1")
    if not training:
        return np.copy(x)
    keep_prob = 1 - p
    mask = rng.uniform(0, 1, x.shape) < keep_prob
    return x * mask * keep_prob
