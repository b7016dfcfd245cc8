"""The maximum is separable: pool each column of kernel rows first, then each row of kernel columns."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def max_pool2d(x, kernel, stride=None):
    if isinstance(kernel, (int, np.integer)):
        kernel = (kernel, kernel)
    if stride is None:
        stride = kernel
    elif isinstance(stride, (int, np.integer)):
        stride = (stride, stride)
    if kernel[0] > x.shape[2] or kernel[1] > x.shape[3]:
        raise ValueError(f"kernel {kernel} is larger than the input {x.shape[2:]}")
    rows = sliding_window_view(x, kernel[0], axis=2)[:, :, :: stride[0]].max(axis=-1)
    return sliding_window_view(rows, kernel[1], axis=3)[:, :, :, :: stride[1]].max(axis=-1)
