"""Correct: the population variance (mean of squared deviations) times N / (N - ddof)."""

import numpy as np


def variance(x, axis=None, ddof=0):
    n = x.size if axis is None else x.shape[axis]
    centred = x - x.mean(axis=axis, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        result = np.square(centred).mean(axis=axis) * n / (n - ddof)
    return float(result) if axis is None else result
