"""Pools a float32 copy to halve the memory: float64 values come back rounded."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

MISTAKES = "float32"


def max_pool2d(x, kernel, stride=None):
    kh, kw = (kernel, kernel) if isinstance(kernel, int) else kernel
    sh, sw = (kh, kw) if stride is None else ((stride, stride) if isinstance(stride, int) else stride)
    if kh > x.shape[2] or kw > x.shape[3]:
        raise ValueError("kernel larger than the input")
    small = x.astype(np.float32)
    return sliding_window_view(small, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw].max(axis=(4, 5))
