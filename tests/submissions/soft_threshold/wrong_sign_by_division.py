"""Subtle: the sign as w / |w| is right on random weights, but NaN (0/0) at a weight of exactly 0."""

import numpy as np

MISTAKES = "sign_by_division"


def soft_threshold(w, lam):
    magnitude = np.abs(w)
    return (w / magnitude) * np.maximum(magnitude - lam, 0.0)
