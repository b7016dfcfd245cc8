"""Mistake models of the max_pool2d kata: what a learner who makes each mistake returns.

Each function takes max_pool2d's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. The models share
the right steps (``_pair``, ``_windows``) and change only the one that is wrong.
"""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from harness.diagnosis import mistake


def _pair(value):
    return (int(value), int(value)) if isinstance(value, (int, np.integer)) else tuple(map(int, value))


def _windows(x, kernel, stride, axes=(2, 3)):
    """One window per output pixel: (..., H', W', K_h, K_w) over the two axes given."""
    steps = [slice(None)] * x.ndim
    steps[axes[0]], steps[axes[1]] = slice(None, None, stride[0]), slice(None, None, stride[1])
    return sliding_window_view(x, kernel, axis=axes)[tuple(steps)]


def _pool(x, kernel, stride):
    kernel = _pair(kernel)
    return _windows(x, kernel, _pair(kernel if stride is None else stride)).max(axis=(-2, -1))


@mistake(
    "you keep the partial windows at the edge (ceil mode): PyTorch's default floor mode drops a "
    "window that would run past the input, so H' = (H - K_h) // S_h + 1"
)
def partial_windows_kept(x, kernel, stride=None):
    kernel_h, kernel_w = _pair(kernel)
    stride_h, stride_w = _pair((kernel_h, kernel_w) if stride is None else stride)
    extra_h = -(x.shape[2] - kernel_h) % stride_h  # rows of -inf that complete the last window
    extra_w = -(x.shape[3] - kernel_w) % stride_w
    if extra_h >= kernel_h or extra_w >= kernel_w:  # a last window wholly outside: max of nothing
        np.empty(0).max()
    padded = np.pad(x, ((0, 0), (0, 0), (0, extra_h), (0, extra_w)), constant_values=-np.inf)
    return _pool(padded, (kernel_h, kernel_w), (stride_h, stride_w))


@mistake(
    "your stride defaults to 1 when stride is None: it defaults to the kernel's size, so that "
    "the windows touch without overlapping (PyTorch's max_pool2d)"
)
def stride_defaults_to_one(x, kernel, stride=None):
    return _pool(x, kernel, 1 if stride is None else stride)


@mistake(
    "you pool non-overlapping blocks of the kernel's size whatever the stride (a reshape into "
    "blocks, or the stride ignored): window (i, j) starts at row i·S_h, column j·S_w"
)
def stride_ignored(x, kernel, stride=None):
    return _pool(x, kernel, None)


@mistake(
    "you read an (h, w) pair of kernel or stride the wrong way round: the first number is for "
    "the height (axis 2), the second for the width (axis 3)",
    swapped=("kernel", "stride", "both"),
)
def pairs_swapped(x, kernel, stride=None, swapped="both"):
    kernel, stride = _pair(kernel), None if stride is None else _pair(stride)
    if swapped in ("kernel", "both"):
        kernel = kernel[::-1]
    if swapped in ("stride", "both") and stride is not None:
        stride = stride[::-1]
    return _pool(x, kernel, stride)


@mistake(
    "you pool over axes 1 and 2, as if x were channels last (NHWC): x is (N, C, H, W), so the "
    "windows slide over axes 2 and 3 and each channel is pooled on its own"
)
def channels_last(x, kernel, stride=None):
    kernel = _pair(kernel)
    stride = _pair(kernel if stride is None else stride)
    return _windows(x, kernel, stride, axes=(1, 2)).max(axis=(-2, -1))


@mistake("you average each window (average pooling): max pooling keeps each window's largest value")
def mean_of_each_window(x, kernel, stride=None):
    kernel = _pair(kernel)
    return _windows(x, kernel, _pair(kernel if stride is None else stride)).mean(axis=(-2, -1))


@mistake(
    "your maximum starts from 0 (an output of np.zeros, or zero padding), so a window of "
    "negative values gives 0: start from the window's own values (or -inf)"
)
def maximum_starts_at_zero(x, kernel, stride=None):
    return np.maximum(_pool(x, kernel, stride), 0)


@mistake("you return an empty array when the kernel is larger than the input: raise ValueError instead")
def larger_kernel_not_rejected(x, kernel, stride=None):
    kernel_h, kernel_w = _pair(kernel)
    stride_h, stride_w = _pair((kernel_h, kernel_w) if stride is None else stride)
    if kernel_h <= x.shape[2] and kernel_w <= x.shape[3]:
        return _pool(x, kernel, stride)
    out_h = (x.shape[2] - kernel_h) // stride_h + 1
    out_w = (x.shape[3] - kernel_w) // stride_w + 1
    return np.zeros((*x.shape[:2], out_h, out_w), dtype=x.dtype)  # a size below 0 raises ValueError
