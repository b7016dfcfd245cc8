"""The cheat sheet's (W - K + 2P)/S + 1 as written: true division returns a float, and dilation is ignored."""

MISTAKES = "cheat_sheet_formula"


def conv_output_size(size, kernel, padding=0, stride=1, dilation=1):
    return (size - kernel + 2 * padding) / stride + 1
