"""PyTorch's formula with every check, but / instead of //: returns floats such as 24.0 or 112.5."""

MISTAKES = "true_division_gives_a_float"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    if size < 1 or kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("invalid argument")
    numerator = size + 2 * padding - dilation * (kernel - 1) - 1
    if numerator < 0:
        raise ValueError("the kernel does not fit")
    return numerator / stride + 1
