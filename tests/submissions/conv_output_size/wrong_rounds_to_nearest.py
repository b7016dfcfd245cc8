"""Rounds the division to the nearest int instead of down: one window too many on some strides."""

MISTAKES = "rounded_to_nearest"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    if size < 1 or kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("invalid argument")
    numerator = size + 2 * padding - dilation * (kernel - 1) - 1
    if numerator < 0:
        raise ValueError("the kernel does not fit")
    return round(numerator / stride) + 1
