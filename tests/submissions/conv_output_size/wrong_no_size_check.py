"""Subtle: checks only the output, so an input of size 0 with padding gets a size instead of
ValueError."""

MISTAKES = "size_below_1_accepted"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    if kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("invalid argument")
    output = (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1
    if output < 1:
        raise ValueError("output smaller than 1")
    return output
