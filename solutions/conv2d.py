"""Reference solution of the conv2d kata: im2col by sliding windows, then one matrix product."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pair(value: int | tuple[int, int]) -> tuple[int, int]:
    """(height, width) from an int, which applies to both, or from an (h, w) pair."""
    if isinstance(value, (int, np.integer)):
        return int(value), int(value)
    height, width = value
    return int(height), int(width)


def conv2d(
    x: np.ndarray,
    w: np.ndarray,
    b: np.ndarray | None = None,
    stride: int | tuple[int, int] = 1,
    padding: int | tuple[int, int] = 0,
) -> np.ndarray:
    """2-D cross-correlation of a batch of images, as PyTorch's torch.nn.functional.conv2d.

    out[n, o, i, j] = b[o] + Σ_c Σ_p Σ_q x_pad[n, c, i·S_h + p, j·S_w + q] · w[o, c, p, q]

    with x_pad the input with P_h rows of zeros above and below and P_w columns of
    zeros left and right. The kernel is not flipped: this is what every deep-learning
    library calls a convolution (the formula of the torch.nn.Conv2d docs).

    Parameters
    ----------
    x : ndarray of shape (N, C_in, H, W)
        A batch of images, channels first; exactly 4-D.
    w : ndarray of shape (C_out, C_in, K_h, K_w)
        One kernel per output channel.
    b : ndarray of shape (C_out,) or None
        One bias per output channel; None adds nothing.
    stride : int or (S_h, S_w)
        Step between two windows; an int applies to both axes.
    padding : int or (P_h, P_w)
        Zeros added on each side of each spatial axis; an int applies to both.

    Returns
    -------
    ndarray of shape (N, C_out, H', W')
        H' = ⌊(H + 2P_h − K_h)/S_h⌋ + 1 and W' likewise; the dtype is the inputs'
        (float32 in, float32 out).

    Raises
    ------
    ValueError
        If w's C_in differs from x's, or if the kernel is larger than the padded
        input (an output size below 1).
    """
    stride_h, stride_w = _pair(stride)
    pad_h, pad_w = _pair(padding)
    batch, channels, height, width = x.shape
    out_channels, kernel_channels, kernel_h, kernel_w = w.shape
    if kernel_channels != channels:
        raise ValueError(f"w has {kernel_channels} input channels, x has {channels}")
    out_h = (height + 2 * pad_h - kernel_h) // stride_h + 1
    out_w = (width + 2 * pad_w - kernel_w) // stride_w + 1
    if out_h < 1 or out_w < 1:
        raise ValueError(f"the kernel {kernel_h}x{kernel_w} is larger than the padded input")

    padded = np.zeros((batch, channels, height + 2 * pad_h, width + 2 * pad_w), dtype=x.dtype)
    padded[:, :, pad_h : pad_h + height, pad_w : pad_w + width] = x  # np.pad does this, more slowly
    # (N, C_in, H', W', K_h, K_w): a view, one window per output pixel
    windows = sliding_window_view(padded, (kernel_h, kernel_w), axis=(2, 3))[:, :, ::stride_h, ::stride_w]
    # im2col: (N, C_in·K_h·K_w, H'·W'), ordered as w's last three axes; this copies
    taps = channels * kernel_h * kernel_w
    columns = windows.transpose(0, 1, 4, 5, 2, 3).reshape(batch, taps, out_h * out_w)
    out = w.reshape(out_channels, taps) @ columns  # (N, C_out, H'·W')
    out = out.reshape(batch, out_channels, out_h, out_w)
    if b is not None:
        out = out + b[:, None, None]
    return out
