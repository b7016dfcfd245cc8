"""Right values, but zeroes and shrinks the caller's array in place and returns it."""

import numpy as np

MISTAKES = ("in_place", "returns_input")  # it returns the array it changed


def soft_threshold(w, lam):
    small = np.abs(w) <= lam
    w -= lam * np.sign(w)
    w[small] = 0.0
    return w
