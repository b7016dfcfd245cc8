"""Subtle: the right branch for each sign, but np.where evaluates both on every entry.

Every value is right; exp(-z) overflows on the negative entries below -709.78 (and
exp(z) on the positive ones above 709.78, inf/inf), so NumPy warns.
"""

import numpy as np

MISTAKES = "both_branches_overflow"


def sigmoid(z):
    array = np.asarray(z, dtype=np.float64)
    result = np.where(array >= 0, 1.0 / (1.0 + np.exp(-array)), np.exp(array) / (1.0 + np.exp(array)))
    return float(result) if np.ndim(z) == 0 else result
