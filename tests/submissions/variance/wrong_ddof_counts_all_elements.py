"""Subtle: Bessel's correction n/(n - ddof) with n = x.size, wrong only with both an axis and a ddof."""

import numpy as np

MISTAKES = "ddof_counts_all_elements"


def variance(x, axis=None, ddof=0):
    mean = np.mean(x, axis=axis, keepdims=True)
    population = np.mean((x - mean) ** 2, axis=axis)
    n = x.size
    result = population * n / (n - ddof)
    return float(result) if axis is None else result
