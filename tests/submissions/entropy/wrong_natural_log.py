"""Uses np.log and never divides by log(base): nats, whatever base says."""

import numpy as np

MISTAKES = "base_ignored"


def entropy(p, base=2.0):
    safe = np.where(p > 0, p, 1.0)
    h = -np.sum(p * np.log(safe), axis=-1)
    return float(h) if p.ndim == 1 else h
