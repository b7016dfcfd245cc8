"""Subtle: one bias per input channel; right whenever in_channels == out_channels."""

MISTAKES = "bias_per_input_channel"


def conv_params(kernel_size, in_channels, out_channels, bias=True, groups=1):
    k_h, k_w = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    if min(k_h, k_w, in_channels, out_channels, groups) < 1:
        raise ValueError("all sizes must be at least 1")
    if in_channels % groups != 0 or out_channels % groups != 0:
        raise ValueError("groups must divide in_channels and out_channels")
    return k_h * k_w * (in_channels // groups) * out_channels + (in_channels if bias else 0)
