"""Scales each slice by its own maximum, but never guards a maximum of 0."""

import numpy as np

MISTAKES = "zero_slice_gives_nan"


def l2_norm(x, axis=None, keepdims=False):
    scale = np.max(np.abs(x), axis=axis, keepdims=True)
    result = scale * np.sqrt(np.sum((x / scale) ** 2, axis=axis, keepdims=True))
    if not keepdims:
        result = np.squeeze(result, axis=axis)
    return float(result) if result.ndim == 0 else result
