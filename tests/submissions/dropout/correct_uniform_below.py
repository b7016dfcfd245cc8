"""Correct, another draw: keep where a uniform falls below 1 - p, scale factor computed once."""

import numpy as np


def dropout(x, p, rng, training=True):
    if p < 0.0 or p > 1.0:
        raise ValueError("p must lie in [0, 1]")
    out = np.array(x, copy=True)
    if not training or p == 0.0:
        return out
    if p == 1.0:
        out[...] = 0
        return out
    scale = x.dtype.type(1.0 / (1.0 - p))
    out *= rng.uniform(size=x.shape) < 1.0 - p
    out *= scale
    return out
