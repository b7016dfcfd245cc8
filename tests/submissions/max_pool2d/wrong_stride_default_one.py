"""Treats stride=None as a stride of 1: overlapping windows everywhere."""

from numpy.lib.stride_tricks import sliding_window_view

MISTAKES = "stride_defaults_to_one"


def max_pool2d(x, kernel, stride=None):
    kh, kw = (kernel, kernel) if isinstance(kernel, int) else kernel
    sh, sw = (1, 1) if stride is None else ((stride, stride) if isinstance(stride, int) else stride)
    if kh > x.shape[2] or kw > x.shape[3]:
        raise ValueError("the kernel does not fit in the input")
    return sliding_window_view(x, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw].max(axis=(-2, -1))
