"""Checks the divisibility but accepts zero or negative sizes."""

MISTAKES = "values_below_1_accepted"


def conv_params(kernel_size, in_channels, out_channels, bias=True, groups=1):
    k_h, k_w = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    if in_channels % groups != 0 or out_channels % groups != 0:
        raise ValueError("groups must divide in_channels and out_channels")
    return k_h * k_w * (in_channels // groups) * out_channels + (out_channels if bias else 0)
