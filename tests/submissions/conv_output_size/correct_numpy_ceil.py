"""Correct: the number of starts 0, S, 2S, ... below room + 1 is ceil((room + 1) / S), with NumPy."""

import numpy as np


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    if min(size, kernel, stride, dilation) < 1 or padding < 0:
        raise ValueError("bad argument")
    effective_kernel = dilation * (kernel - 1) + 1
    positions = size + 2 * padding - effective_kernel + 1
    if positions < 1:
        raise ValueError("kernel larger than the padded input")
    return int(np.ceil(np.int64(positions) / np.int64(stride)))
