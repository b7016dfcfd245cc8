"""Subtle: int() truncates toward zero, so a small negative numerator over a large stride gives 1
instead of raising. Right on every valid input."""

MISTAKES = "truncated_toward_zero"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    if size < 1 or kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("invalid argument")
    output = int((size + 2 * padding - dilation * (kernel - 1) - 1) / stride) + 1
    if output < 1:
        raise ValueError("output smaller than 1")
    return output
