"""Subtle: the -1 and +1 cancelled before the floor, (W + 2P - D(K-1)) // S: right whenever the
stride is 1, one too few when the stride does not divide evenly."""

MISTAKES = "minus_1_and_plus_1_cancelled"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    if size < 1 or kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("invalid argument")
    room = size + 2 * padding - dilation * (kernel - 1)
    if room < 1:
        raise ValueError("the kernel does not fit")
    return room // stride
