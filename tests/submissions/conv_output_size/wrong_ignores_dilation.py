"""Validates dilation but never uses it: the cheat sheet's formula with //, right when dilation is 1."""

MISTAKES = "dilation_ignored"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    for value in (size, kernel, stride, dilation):
        if value < 1:
            raise ValueError(f"expected a positive value, got {value}")
    if padding < 0:
        raise ValueError("negative padding")
    out = (size - kernel + 2 * padding) // stride + 1
    if out < 1:
        raise ValueError("output would be empty")
    return out
