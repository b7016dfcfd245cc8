"""Correct: the three cases of the proximal operator, above lam, below -lam, and between."""

import numpy as np


def soft_threshold(w, lam):
    return np.where(w > lam, w - lam, np.where(w < -lam, w + lam, 0.0))
