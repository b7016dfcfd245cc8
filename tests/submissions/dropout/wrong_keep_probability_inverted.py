"""Subtle: keeps with probability p (p read as the keep probability); right in law at p = 0.5."""

import numpy as np

MISTAKES = "keep_probability_inverted"


def dropout(x, p, rng, training=True):
    if not 0 <= p <= 1:
        raise ValueError(f"bad p {p}")
    if not training:
        return np.array(x)
    if p == 1:
        return np.zeros_like(x)
    mask = rng.binomial(1, p, size=x.shape)  # 1 = keep, drawn with probability p
    return (x * mask / (1 - p)).astype(x.dtype)
