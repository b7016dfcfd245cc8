"""Correct: math.floor of a true division (a true floor, so negative numerators stay negative)."""

import math


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    for name, value, low in [
        ("size", size, 1),
        ("kernel", kernel, 1),
        ("padding", padding, 0),
        ("stride", stride, 1),
        ("dilation", dilation, 1),
    ]:
        if value < low:
            raise ValueError(f"{name} must be at least {low}, got {value}")
    output = math.floor((size + 2 * padding - dilation * (kernel - 1) - 1) / stride) + 1
    if output < 1:
        raise ValueError(f"the output would have size {output}")
    return output
