"""Reference solution of the conv_params kata."""


def conv_params(
    kernel_size: int | tuple[int, int],
    in_channels: int,
    out_channels: int,
    bias: bool = True,
    groups: int = 1,
) -> int:
    """Number of learnable parameters of a 2-D convolution, as torch.nn.Conv2d holds them.

    The weight has shape (C_out, C_in/groups, K_h, K_w) and the bias, when there is
    one, shape (C_out,) (PyTorch's Conv2d docs, "Variables").

    Parameters
    ----------
    kernel_size : int or tuple of two ints
        K for a K x K kernel, or (K_h, K_w).
    in_channels, out_channels : int
        C_in and C_out.
    bias : bool, default True
        Whether the layer has a bias per output channel.
    groups : int, default 1
        Number of channel groups; it divides both channel counts.

    Returns
    -------
    int
        K_h·K_w·(C_in/groups)·C_out + (C_out if bias else 0).

    Raises
    ------
    ValueError
        If groups, a kernel side or a channel count is below 1, or groups does not
        divide in_channels and out_channels.
    """
    k_h, k_w = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    if min(k_h, k_w, in_channels, out_channels, groups) < 1:
        raise ValueError("groups, the kernel sides and the channel counts must be at least 1")
    if in_channels % groups != 0 or out_channels % groups != 0:
        raise ValueError(
            f"groups={groups} must divide in_channels={in_channels} and out_channels={out_channels}"
        )
    weights = k_h * k_w * (in_channels // groups) * out_channels
    return weights + out_channels if bias else weights
