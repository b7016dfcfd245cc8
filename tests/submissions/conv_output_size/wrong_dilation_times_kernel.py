"""Subtle: the dilated kernel taken as dilation*kernel wide instead of dilation*(kernel-1) + 1;
right whenever dilation is 1 (the default)."""

MISTAKES = "dilated_kernel_spans_dilation_times_kernel"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    if size < 1 or kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("invalid argument")
    room = size + 2 * padding - dilation * kernel
    if room < 0:
        raise ValueError("the kernel does not fit")
    return room // stride + 1
