"""The mean along axis without keepdims: right for axis 0 and None, wrong or raising otherwise."""

import numpy as np

MISTAKES = "no_keepdims"


def variance(x, axis=None, ddof=0):
    n = x.size if axis is None else x.shape[axis]
    deviations = x - np.mean(x, axis=axis)
    result = np.sum(deviations**2, axis=axis) / (n - ddof)
    return float(result) if axis is None else result
