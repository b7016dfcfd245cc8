"""Adds the padding to one side only: size + padding instead of size + 2 * padding."""

MISTAKES = "padding_on_one_side"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    if min(size, kernel, stride, dilation) < 1 or padding < 0:
        raise ValueError("invalid arguments")
    padded = size + padding
    out = (padded - dilation * (kernel - 1) - 1) // stride + 1
    if out < 1:
        raise ValueError("kernel does not fit in the input")
    return out
