"""Divides with /: the count comes back as a float such as 1792.0."""

MISTAKES = "true_division_gives_a_float"


def conv_params(kernel_size, in_channels, out_channels, bias=True, groups=1):
    if isinstance(kernel_size, int):
        kernel_size = (kernel_size, kernel_size)
    k_h, k_w = kernel_size
    if groups < 1 or k_h < 1 or k_w < 1 or in_channels < 1 or out_channels < 1:
        raise ValueError("sizes must be at least 1")
    if in_channels % groups or out_channels % groups:
        raise ValueError("groups must divide both channel counts")
    params = k_h * k_w * in_channels / groups * out_channels
    if bias:
        params += out_channels
    return params
