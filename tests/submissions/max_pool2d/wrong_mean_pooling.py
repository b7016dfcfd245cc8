"""Averages each window: average pooling, not max pooling."""

from numpy.lib.stride_tricks import sliding_window_view

MISTAKES = "mean_of_each_window"


def max_pool2d(x, kernel, stride=None):
    kh, kw = (kernel, kernel) if isinstance(kernel, int) else kernel
    sh, sw = (kh, kw) if stride is None else ((stride, stride) if isinstance(stride, int) else stride)
    if kh > x.shape[2] or kw > x.shape[3]:
        raise ValueError("kernel larger than the input")
    return sliding_window_view(x, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw].mean(axis=(4, 5))
