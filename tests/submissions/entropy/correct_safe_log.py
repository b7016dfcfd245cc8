"""Correct: np.log only where p > 0, into an array of zeros, so 0·log 0 is 0·0 with no warning."""

import numpy as np


def entropy(p, base=2.0):
    logs = np.log2(p, out=np.zeros_like(p), where=p > 0)
    h = -np.sum(p * logs, axis=-1) / np.log2(base)
    return float(h) if h.ndim == 0 else h
