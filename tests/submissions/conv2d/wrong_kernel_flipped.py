"""Flips the kernel, as the convolution of a signal-processing course (scipy.signal.convolve2d) does."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

MISTAKES = "kernel_flipped"


def conv2d(x, w, b=None, stride=1, padding=0):
    sh, sw = (stride, stride) if isinstance(stride, int) else stride
    ph, pw = (padding, padding) if isinstance(padding, int) else padding
    if x.shape[1] != w.shape[1]:
        raise ValueError("channel mismatch")
    if x.shape[2] + 2 * ph < w.shape[2] or x.shape[3] + 2 * pw < w.shape[3]:
        raise ValueError("kernel larger than the padded input")
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    kernel = w[:, :, ::-1, ::-1]  # a true convolution flips the kernel
    windows = sliding_window_view(xp, kernel.shape[2:], axis=(2, 3))[:, :, ::sh, ::sw]
    out = np.einsum("nchwij,ocij->nohw", windows, kernel)
    if b is not None:
        out = out + b.reshape(1, -1, 1, 1)
    return out
