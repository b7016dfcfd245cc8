"""Correct: counts one group (C_out/groups filters over C_in/groups channels), times groups."""


def conv_params(kernel_size, in_channels, out_channels, bias=True, groups=1):
    k_h, k_w = [kernel_size] * 2 if isinstance(kernel_size, int) else kernel_size
    for name, value in [("groups", groups), ("in_channels", in_channels), ("out_channels", out_channels)]:
        if value < 1:
            raise ValueError(f"{name} must be at least 1, got {value}")
    if k_h < 1 or k_w < 1:
        raise ValueError("kernel sides must be at least 1")
    in_per_group, rest_in = divmod(in_channels, groups)
    out_per_group, rest_out = divmod(out_channels, groups)
    if rest_in or rest_out:
        raise ValueError("groups must divide the channel counts")
    one_group = k_h * k_w * in_per_group * out_per_group + (out_per_group if bias else 0)
    return groups * one_group
