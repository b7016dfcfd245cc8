"""Correct, another draw: a Bernoulli keep-mask from rng.binomial(1, 1 - p), np.where for the scaling."""

import numpy as np


def dropout(x, p, rng, training=True):
    if not (0.0 <= p <= 1.0):
        raise ValueError(f"dropout probability must be in [0, 1], got {p}")
    if not training:
        return np.copy(x)
    if p == 1.0:
        return np.zeros_like(x)
    keep = rng.binomial(1, 1.0 - p, size=x.shape).astype(bool)
    return np.where(keep, x / (1.0 - p), 0).astype(x.dtype, copy=False)
