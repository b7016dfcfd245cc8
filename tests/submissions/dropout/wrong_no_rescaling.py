"""Zeroes entries with probability p but forgets the 1/(1 - p) scaling of the survivors."""

import numpy as np

MISTAKES = "no_rescaling"


def dropout(x, p, rng, training=True):
    if p < 0 or p > 1:
        raise ValueError("p must be a probability")
    if not training:
        return x.copy()
    mask = rng.random(x.shape) >= p
    return np.where(mask, x, 0.0).astype(x.dtype)
