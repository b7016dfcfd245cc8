"""Subtle: scales by the largest |x| of the whole array, which is exact for axis=None but lets a
small row underflow beside a huge one."""

import numpy as np

MISTAKES = "one_scale_for_the_whole_array"


def l2_norm(x, axis=None, keepdims=False):
    scale = np.abs(x).max()
    if scale == 0:
        scale = 1.0
    result = scale * np.sqrt(np.sum((x / scale) ** 2, axis=axis, keepdims=keepdims))
    return float(result) if np.ndim(result) == 0 else result
