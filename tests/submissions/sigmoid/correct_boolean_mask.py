"""Correct: each formula computed only on the entries of its own sign (boolean indexing)."""

import numpy as np


def sigmoid(z):
    array = np.asarray(z)
    if array.dtype.kind != "f":
        array = array.astype(np.float64)  # ints and Python numbers: float64
    result = np.empty_like(array)
    positive = array >= 0
    result[positive] = 1.0 / (1.0 + np.exp(-array[positive]))
    exp_z = np.exp(array[~positive])
    result[~positive] = exp_z / (1.0 + exp_z)
    return float(result) if np.ndim(z) == 0 else result
