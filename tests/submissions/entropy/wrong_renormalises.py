"""Normalises p to sum 1 first, as scipy.stats.entropy does: wrong when p does not sum to 1."""

import numpy as np

MISTAKES = "renormalised"


def entropy(p, base=2.0):
    q = p / p.sum(axis=-1, keepdims=True)
    safe = np.where(q > 0, q, 1.0)
    h = -np.sum(q * np.log(safe), axis=-1) / np.log(base)
    return float(h) if p.ndim == 1 else h
