"""Drops entries whatever training says."""

import numpy as np

MISTAKES = "ignores_training"


def dropout(x, p, rng, training=True):
    if not 0.0 <= p <= 1.0:
        raise ValueError("p must be in [0, 1]")
    if p == 1.0:
        return np.zeros_like(x)
    keep = rng.random(x.shape) >= p
    return x * keep / (1.0 - p)
