"""Correct but unvectorised: one weight at a time in Python."""

import numpy as np

# timed at 81-151x the reference (3 runs, bench_size 16, max_ratio 5)
EXPECTED_STATUS = "slow"


def soft_threshold(w, lam):
    flat = w.ravel()
    out = np.empty_like(flat)
    for index in range(flat.size):
        value = flat[index]
        if value > lam:
            out[index] = value - lam
        elif value < -lam:
            out[index] = value + lam
        else:
            out[index] = 0.0
    return out.reshape(w.shape)
