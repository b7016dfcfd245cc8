"""Written without reading the hidden tests: right values, but np.squeeze leaves a 0-d array
where one number is due."""

import numpy as np

MISTAKES = "zero_d_array_returned"


def l2_norm(x, axis=None, keepdims=False):
    peak = np.abs(x).max(axis=axis, keepdims=True)
    peak = np.where(peak == 0, 1.0, peak)
    norm = peak * np.sqrt(((x / peak) ** 2).sum(axis=axis, keepdims=True))
    if keepdims:
        return norm
    return np.squeeze(norm, axis=axis)
