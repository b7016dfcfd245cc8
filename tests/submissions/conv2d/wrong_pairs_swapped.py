"""Reads the (h, w) pairs as (x, y), width first: right whenever both numbers are equal."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

MISTAKES = "pairs_swapped"


def _xy(value):
    return (value, value) if isinstance(value, int) else (value[0], value[1])


def conv2d(x, w, b=None, stride=1, padding=0):
    stride_x, stride_y = _xy(stride)
    pad_x, pad_y = _xy(padding)
    if w.shape[1] != x.shape[1]:
        raise ValueError("w and x have different numbers of channels")
    xp = np.pad(x, ((0, 0), (0, 0), (pad_y, pad_y), (pad_x, pad_x)))
    if xp.shape[2] < w.shape[2] or xp.shape[3] < w.shape[3]:
        raise ValueError("the kernel does not fit")
    windows = sliding_window_view(xp, w.shape[2:], axis=(2, 3))[:, :, ::stride_y, ::stride_x]
    out = np.tensordot(windows, w, axes=([1, 4, 5], [1, 2, 3])).transpose(0, 3, 1, 2)
    if b is not None:
        out = out + b[:, None, None]
    return out
