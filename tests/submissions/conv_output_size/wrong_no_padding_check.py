"""Checks every argument but the padding: a negative padding silently shrinks the input."""

MISTAKES = "negative_padding_accepted"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    if size < 1 or kernel < 1 or stride < 1 or dilation < 1:
        raise ValueError("invalid argument")
    output = (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1
    if output < 1:
        raise ValueError("output smaller than 1")
    return output
