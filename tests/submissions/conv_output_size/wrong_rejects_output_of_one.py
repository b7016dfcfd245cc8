"""Raises when the output is 1, though a kernel exactly as wide as the padded input fits once."""

MISTAKES = "output_of_1_rejected"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    if size < 1 or kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        raise ValueError("invalid argument")
    output = (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1
    if output <= 1:
        raise ValueError("output too small")
    return output
