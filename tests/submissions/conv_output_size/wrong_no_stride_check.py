"""Checks every argument but the stride: a stride of 0 raises ZeroDivisionError, not ValueError."""

MISTAKES = "stride_not_checked"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    if size < 1 or kernel < 1 or dilation < 1 or padding < 0:
        raise ValueError("invalid argument")
    output = (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1
    if output < 1:
        raise ValueError("output smaller than 1")
    return output
