"""Returns x in evaluation before checking p, so p = 1.5 passes silently when not training."""

import numpy as np

MISTAKES = "checks_p_only_when_training"


def dropout(x, p, rng, training=True):
    if not training:
        return x.copy()
    if not 0.0 <= p <= 1.0:
        raise ValueError("p must be in [0, 1]")
    if p == 1.0:
        return np.zeros_like(x)
    return x * (rng.random(x.shape) >= p) / (1.0 - p)
