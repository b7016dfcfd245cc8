"""Mistake models of the conv2d kata: what a learner who makes each mistake returns.

Each function takes conv2d's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. The models share
the right steps (``_pair``, ``_pad``, ``_correlate``) and change only the one
that is wrong.
"""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from harness.diagnosis import mistake


def _pair(value):
    return (int(value), int(value)) if isinstance(value, (int, np.integer)) else tuple(map(int, value))


def _pad(x, pad_h, pad_w):
    return np.pad(x, ((0, 0), (0, 0), (pad_h, pad_h), (pad_w, pad_w)))


def _correlate(padded, w, stride_h, stride_w):
    """Cross-correlation of an already padded input, no bias: (N, C_out, H', W')."""
    if padded.shape[1] != w.shape[1]:
        raise ValueError(f"w has {w.shape[1]} input channels, x has {padded.shape[1]}")
    windows = sliding_window_view(padded, w.shape[2:], axis=(2, 3))[:, :, ::stride_h, ::stride_w]
    return np.einsum("nchwpq,ocpq->nohw", windows, w)


def _plus_bias(out, b):
    return out if b is None else out + b[:, None, None]


def _right(x, w, b, stride, padding):
    (stride_h, stride_w), (pad_h, pad_w) = _pair(stride), _pair(padding)
    return _plus_bias(_correlate(_pad(x, pad_h, pad_w), w, stride_h, stride_w), b)


@mistake(
    "you flip the kernel (w[:, :, ::-1, ::-1]), the convolution of signal processing and of "
    "scipy.signal.convolve2d: deep learning's conv2d is a cross-correlation, each window times "
    "the kernel as it is"
)
def kernel_flipped(x, w, b=None, stride=1, padding=0):
    return _right(x, w[:, :, ::-1, ::-1], b, stride, padding)


@mistake(
    "you pad on one side only: padding P adds P zeros before AND P after each spatial axis "
    "(np.pad with ((0, 0), (0, 0), (P_h, P_h), (P_w, P_w)))",
    side=("before", "after"),
)
def padding_on_one_side(x, w, b=None, stride=1, padding=0, side="before"):
    (stride_h, stride_w), (pad_h, pad_w) = _pair(stride), _pair(padding)
    widths = [(pad_h, 0), (pad_w, 0)] if side == "before" else [(0, pad_h), (0, pad_w)]
    padded = np.pad(x, [(0, 0), (0, 0), *widths])
    return _plus_bias(_correlate(padded, w, stride_h, stride_w), b)


@mistake(
    "you read an (h, w) pair of stride or padding the wrong way round: the first number is for "
    "the height (axis 2), the second for the width (axis 3)",
    swapped=("stride", "padding", "both"),
)
def pairs_swapped(x, w, b=None, stride=1, padding=0, swapped="both"):
    stride_h, stride_w = _pair(stride)
    pad_h, pad_w = _pair(padding)
    if swapped in ("stride", "both"):
        stride_h, stride_w = stride_w, stride_h
    if swapped in ("padding", "both"):
        pad_h, pad_w = pad_w, pad_h
    return _right(x, w, b, (stride_h, stride_w), (pad_h, pad_w))


@mistake(
    "your window for output pixel (i, j) starts at row i, column j of the padded input: with a "
    "stride it starts at row i·S_h, column j·S_w (the output size is right, the windows are not)"
)
def stride_not_applied_to_the_window(x, w, b=None, stride=1, padding=0):
    (stride_h, stride_w), (pad_h, pad_w) = _pair(stride), _pair(padding)
    out_h = (x.shape[2] + 2 * pad_h - w.shape[2]) // stride_h + 1
    out_w = (x.shape[3] + 2 * pad_w - w.shape[3]) // stride_w + 1
    return _right(x, w, b, 1, (pad_h, pad_w))[:, :, :out_h, :out_w]


@mistake(
    "your output has too few rows or columns: it is H' = (H + 2·P_h - K_h) // S_h + 1, the size "
    "of the padded input (padding on both sides), with the +1 outside the floor division",
    formula=("padding left out", "+1 inside the floor"),
)
def output_size_formula_wrong(x, w, b=None, stride=1, padding=0, formula="padding left out"):
    (stride_h, stride_w), (pad_h, pad_w) = _pair(stride), _pair(padding)

    def size(length, kernel, pad, step):
        if formula == "padding left out":
            return (length - kernel) // step + 1
        return (length + 2 * pad - kernel + 1) // step

    out_h = size(x.shape[2], w.shape[2], pad_h, stride_h)
    out_w = size(x.shape[3], w.shape[3], pad_w, stride_w)
    out = np.zeros((x.shape[0], w.shape[0], out_h, out_w))  # negative sizes raise, as for the learner
    return _right(x, w, b, stride, padding)[:, :, : out.shape[2], : out.shape[3]]


@mistake(
    "you add the bias along the wrong axis (out + b lines b up with the last axis, the width): "
    "it is one bias per output channel, axis 1, so add b[:, None, None]",
    axis=(-1, -2),
)
def bias_on_the_wrong_axis(x, w, b=None, stride=1, padding=0, axis=-1):
    out = _right(x, w, None, stride, padding)
    if b is None:
        return out
    return out + (b if axis == -1 else b[:, None])


@mistake(
    "your function fails when b is None: the bias is optional, and None means no bias "
    "(check `if b is not None:` before adding it)",
    how=("index", "reshape"),
)
def no_bias_fails(x, w, b=None, stride=1, padding=0, how="index"):
    out = _right(x, w, None, stride, padding)
    return out + (b[:, None, None] if how == "index" else b.reshape(-1, 1, 1))


@mistake(
    "your result is float64 for float32 inputs: conv2d keeps the input's dtype (float32 in, "
    "float32 out, as PyTorch); do not convert the inputs with np.asarray(x, dtype=float), and "
    "give an output made with np.zeros(shape) dtype=x.dtype"
)
def float64_result(x, w, b=None, stride=1, padding=0):
    b = None if b is None else b.astype(np.float64)
    return _right(x.astype(np.float64), w.astype(np.float64), b, stride, padding)


@mistake(
    "you return an empty array when the kernel is larger than the padded input: an output size "
    "below 1 is an error, raise ValueError"
)
def empty_output_not_rejected(x, w, b=None, stride=1, padding=0):
    (stride_h, stride_w), (pad_h, pad_w) = _pair(stride), _pair(padding)
    out_h = (x.shape[2] + 2 * pad_h - w.shape[2]) // stride_h + 1
    out_w = (x.shape[3] + 2 * pad_w - w.shape[3]) // stride_w + 1
    if out_h < 1 or out_w < 1:
        return np.zeros((x.shape[0], w.shape[0], max(out_h, 0), max(out_w, 0)), dtype=x.dtype)
    return _right(x, w, b, stride, padding)


@mistake(
    "you let a one-channel kernel (or a one-channel input) broadcast across the other's channels: "
    "w's C_in must equal x's, raise ValueError when they differ"
)
def channel_mismatch_broadcast(x, w, b=None, stride=1, padding=0):
    if 1 in (x.shape[1], w.shape[1]):  # NumPy broadcasts a length-1 axis against any length
        channels = max(x.shape[1], w.shape[1])
        x = np.broadcast_to(x, (x.shape[0], channels, *x.shape[2:]))
        w = np.broadcast_to(w, (w.shape[0], channels, *w.shape[2:]))
    return _right(x, w, b, stride, padding)
