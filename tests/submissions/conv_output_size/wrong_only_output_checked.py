"""Checks only that the output is at least 1: bad arguments that still give a positive size pass,
and a stride of 0 raises ZeroDivisionError."""

MISTAKES = "only_the_output_checked"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    out = (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1
    if out < 1:
        raise ValueError(f"output size {out} is smaller than 1")
    return out
