"""The cheat sheet's K² × C_in × C_out + C_out as written."""

MISTAKES = "cheat_sheet_formula"


def conv_params(kernel_size, in_channels, out_channels, bias=True, groups=1):
    return kernel_size**2 * in_channels * out_channels + out_channels
