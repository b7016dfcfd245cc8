"""Checks every argument but returns 0 (or less) when the kernel does not fit, instead of raising."""

MISTAKES = "output_below_1_accepted"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    if size < 1 or kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("invalid argument")
    return (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1
