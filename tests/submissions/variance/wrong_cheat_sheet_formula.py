"""Subtle: E[x²] - (E[x])², right on small random data, all digits lost at a mean of 1e9."""

import numpy as np

MISTAKES = "cheat_sheet_formula"


def variance(x, axis=None, ddof=0):
    n = x.size if axis is None else x.shape[axis]
    mean_of_squares = np.mean(x**2, axis=axis)
    square_of_mean = np.mean(x, axis=axis) ** 2
    result = (mean_of_squares - square_of_mean) * n / (n - ddof)
    return float(result) if axis is None else result
