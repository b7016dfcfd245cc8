"""Takes an int kernel_size K as K weights per channel instead of K x K."""

import math

MISTAKES = "int_kernel_counted_once"


def conv_params(kernel_size, in_channels, out_channels, bias=True, groups=1):
    taps = math.prod(kernel_size) if isinstance(kernel_size, tuple) else kernel_size
    if taps < 1 or min(kernel_size if isinstance(kernel_size, tuple) else (kernel_size,)) < 1:
        raise ValueError("kernel sides must be at least 1")
    if in_channels < 1 or out_channels < 1 or groups < 1:
        raise ValueError("channels and groups must be at least 1")
    if in_channels % groups or out_channels % groups:
        raise ValueError("groups must divide both channel counts")
    return taps * (in_channels // groups) * out_channels + out_channels * bool(bias)
