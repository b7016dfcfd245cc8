"""Unpacks the pairs as (width, height): right whenever both numbers of a pair are equal."""

from numpy.lib.stride_tricks import sliding_window_view

MISTAKES = "pairs_swapped"


def max_pool2d(x, kernel, stride=None):
    kw, kh = (kernel, kernel) if isinstance(kernel, int) else kernel
    if stride is None:
        sw, sh = kw, kh
    else:
        sw, sh = (stride, stride) if isinstance(stride, int) else stride
    if kh > x.shape[2] or kw > x.shape[3]:
        raise ValueError("kernel larger than the input")
    windows = sliding_window_view(x, (kh, kw), axis=(2, 3))
    return windows[:, :, ::sh, ::sw].max(axis=(4, 5))
