"""Checks every argument but the kernel: a kernel of 0 or -1 gives an output, not ValueError."""

MISTAKES = "kernel_below_1_accepted"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    if size < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("invalid argument")
    output = (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1
    if output < 1:
        raise ValueError("output smaller than 1")
    return output
