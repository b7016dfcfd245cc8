"""Hard thresholding: zeroes the small weights but leaves the large ones as they were."""

import numpy as np

MISTAKES = "hard_threshold"


def soft_threshold(w, lam):
    out = w.copy()
    out[np.abs(w) <= lam] = 0.0
    return out
