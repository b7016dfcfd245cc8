"""Subtle: divides both channel counts by groups; right whenever groups = 1 (most random tests)."""

MISTAKES = "out_channels_divided_by_groups"


def conv_params(kernel_size, in_channels, out_channels, bias=True, groups=1):
    k_h, k_w = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    if min(k_h, k_w, in_channels, out_channels, groups) < 1:
        raise ValueError("all sizes must be at least 1")
    if in_channels % groups != 0 or out_channels % groups != 0:
        raise ValueError("groups must divide in_channels and out_channels")
    per_group = k_h * k_w * (in_channels // groups) * (out_channels // groups)
    return per_group + (out_channels if bias else 0)
