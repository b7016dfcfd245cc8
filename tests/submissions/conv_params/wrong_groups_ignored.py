"""Counts the kernel and the bias right, but each filter still sees every input channel."""

MISTAKES = "groups_ignored"


def conv_params(kernel_size, in_channels, out_channels, bias=True, groups=1):
    if isinstance(kernel_size, int):
        kernel_size = (kernel_size, kernel_size)
    if min(*kernel_size, in_channels, out_channels, groups) < 1:
        raise ValueError("values must be positive")
    if in_channels % groups or out_channels % groups:
        raise ValueError("groups must divide the channels")
    count = kernel_size[0] * kernel_size[1] * in_channels * out_channels
    if bias:
        count += out_channels
    return count
