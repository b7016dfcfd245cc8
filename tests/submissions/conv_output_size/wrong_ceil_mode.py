"""Rounds up after dividing by the stride (PyTorch's ceil_mode=True): one window too many
whenever the stride does not divide evenly."""

import math

MISTAKES = "rounded_up"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    if size < 1 or kernel < 1 or stride < 1 or dilation < 1:
        raise ValueError("size, kernel, stride and dilation must be positive")
    if padding < 0:
        raise ValueError("padding must be non-negative")
    effective = dilation * (kernel - 1) + 1
    if effective > size + 2 * padding:
        raise ValueError("kernel larger than the padded input")
    return math.ceil((size + 2 * padding - effective) / stride) + 1
