"""Correct: the sums formula on data shifted by each slice's first value (no cancellation left)."""

import numpy as np


def variance(x, axis=None, ddof=0):
    if axis is None:
        x, axis = x.reshape(-1), 0
        scalar = True
    else:
        scalar = False
    n = x.shape[axis]
    shifted = x - np.take(x, [0], axis=axis)
    total = shifted.sum(axis=axis)
    squares = (shifted * shifted).sum(axis=axis)
    with np.errstate(divide="ignore", invalid="ignore"):
        result = (squares - total * total / n) / (n - ddof)
    return float(result) if scalar else result
