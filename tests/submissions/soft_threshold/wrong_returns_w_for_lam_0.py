"""Subtle: right values everywhere, but for lam = 0 it hands back the caller's own array
(a blind tester's file): the catalog asks for new arrays."""

import numpy as np

MISTAKES = "returns_input"


def soft_threshold(w, lam):
    if lam == 0:
        return w  # nothing to shrink
    return np.sign(w) * np.maximum(np.abs(w) - lam, 0)
