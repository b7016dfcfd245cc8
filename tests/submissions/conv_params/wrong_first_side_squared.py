"""Squares the first side of the kernel: right for square kernels only."""

MISTAKES = "first_side_squared"


def conv_params(kernel_size, in_channels, out_channels, bias=True, groups=1):
    k = kernel_size if isinstance(kernel_size, int) else kernel_size[0]
    sides = (kernel_size,) if isinstance(kernel_size, int) else kernel_size
    if min(*sides, in_channels, out_channels, groups) < 1:
        raise ValueError("sizes must be at least 1")
    if in_channels % groups or out_channels % groups:
        raise ValueError("groups must divide both channel counts")
    return k * k * (in_channels // groups) * out_channels + (out_channels if bias else 0)
