"""Correct: builds the weight's shape as PyTorch does and multiplies it out with math.prod."""

import math


def conv_params(kernel_size, in_channels, out_channels, bias=True, groups=1):
    kernel = tuple(kernel_size) if isinstance(kernel_size, (tuple, list)) else (kernel_size,) * 2
    if groups < 1 or in_channels < 1 or out_channels < 1 or any(side < 1 for side in kernel):
        raise ValueError("groups, kernel sides and channel counts must be positive")
    if in_channels % groups or out_channels % groups:
        raise ValueError("groups must divide in_channels and out_channels")
    weight_shape = (out_channels, in_channels // groups, *kernel)
    bias_shape = (out_channels,) if bias else (0,)
    return math.prod(weight_shape) + math.prod(bias_shape)
