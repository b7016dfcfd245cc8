"""Correct: what is left after removing the part of w inside [-lam, lam]."""

import numpy as np


def soft_threshold(w, lam):
    return w - np.clip(w, -lam, lam)
