"""The right formula with no checks: returns 0, negative or nonsense sizes instead of raising."""

MISTAKES = "arguments_not_checked"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    return (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1
