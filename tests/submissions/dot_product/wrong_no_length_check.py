"""Subtle: no length check. NumPy raises for lengths 3 and 4, but broadcasts a length-1 array."""

import numpy as np

MISTAKES = "length_1_broadcasts"


def dot_product(a, b):
    return float(np.sum(a * b))
