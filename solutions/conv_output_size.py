"""Reference solution of the conv_output_size kata."""


def conv_output_size(size: int, kernel: int, padding: int = 0, stride: int = 1, dilation: int = 1) -> int:
    """Number of output positions of a convolution or pooling along one axis (PyTorch's formula).

    Parameters
    ----------
    size : int
        Input length W along the axis, at least 1.
    kernel : int
        Kernel length K, at least 1.
    padding : int, default 0
        Zeros added on EACH side, at least 0.
    stride : int, default 1
        Step between window starts, at least 1.
    dilation : int, default 1
        Gap between kernel taps (1: none), at least 1.

    Returns
    -------
    int
        floor((W + 2P - D(K - 1) - 1) / S) + 1, at least 1.

    Raises
    ------
    ValueError
        For size, kernel, stride or dilation < 1, padding < 0, or a dilated kernel wider
        than the padded input (an output smaller than 1).
    """
    if size < 1 or kernel < 1 or stride < 1 or dilation < 1:
        raise ValueError("size, kernel, stride and dilation must be at least 1")
    if padding < 0:
        raise ValueError("padding must be at least 0")
    span = dilation * (kernel - 1) + 1
    room = size + 2 * padding - span
    if room < 0:
        raise ValueError(
            f"the dilated kernel spans {span} positions, more than the "
            f"{size + 2 * padding} of the padded input"
        )
    return room // stride + 1
