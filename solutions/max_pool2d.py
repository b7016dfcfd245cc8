"""Reference solution of the max_pool2d kata: the maximum of each sliding window."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pair(value: int | tuple[int, int]) -> tuple[int, int]:
    """(height, width) from an int, which applies to both, or from an (h, w) pair."""
    if isinstance(value, (int, np.integer)):
        return int(value), int(value)
    height, width = value
    return int(height), int(width)


def max_pool2d(
    x: np.ndarray, kernel: int | tuple[int, int], stride: int | tuple[int, int] | None = None
) -> np.ndarray:
    """2-D max pooling of a batch of images, as PyTorch's torch.nn.functional.max_pool2d.

    out[n, c, i, j] = max over 0 <= p < K_h, 0 <= q < K_w of x[n, c, i·S_h + p, j·S_w + q]

    with no padding, dilation 1 and ceil_mode=False (PyTorch's defaults): a window
    that would run past the edge is dropped.

    Parameters
    ----------
    x : ndarray of shape (N, C, H, W)
        A batch of images, channels first; exactly 4-D.
    kernel : int or (K_h, K_w)
        The window's size; an int applies to both axes.
    stride : int or (S_h, S_w) or None
        Step between two windows; None means the kernel's size (windows that
        touch without overlapping).

    Returns
    -------
    ndarray of shape (N, C, H', W'), the dtype of x
        H' = ⌊(H − K_h)/S_h⌋ + 1 and W' likewise.

    Raises
    ------
    ValueError
        If the kernel is larger than the input along either axis.
    """
    kernel_h, kernel_w = _pair(kernel)
    stride_h, stride_w = _pair(kernel if stride is None else stride)
    height, width = x.shape[2:]
    if kernel_h > height or kernel_w > width:
        raise ValueError(f"the kernel {kernel_h}x{kernel_w} is larger than the input {height}x{width}")
    # (N, C, H - K_h + 1, W - K_w + 1, K_h, K_w): a view; the steps keep one window per output pixel
    windows = sliding_window_view(x, (kernel_h, kernel_w), axis=(2, 3))[:, :, ::stride_h, ::stride_w]
    return windows.max(axis=(4, 5))
