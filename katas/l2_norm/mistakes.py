"""Mistake models of the l2_norm kata: what a learner who makes each mistake returns.

Each function takes l2_norm's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _scaled_norm(x, scale, axis):
    """scale · √Σ(x/scale)² along axis, with keepdims; scale already has no zeros."""
    return scale * np.sqrt(np.sum((np.abs(x) / scale) ** 2, axis=axis, keepdims=True))


def _finish(norm, axis, keepdims):
    if not keepdims:
        norm = np.squeeze(norm, axis=axis)
    return float(norm) if norm.ndim == 0 else norm


@mistake(
    "you square the entries before summing: (1e200)² overflows to inf and (1e-200)² "
    "underflows to 0; divide each slice by its largest |x| first, then multiply the root back"
)
def squares_overflow_or_underflow(x, axis=None, keepdims=False):
    norm = np.sqrt(np.sum(x**2, axis=axis, keepdims=keepdims))
    return float(norm) if np.ndim(norm) == 0 else norm


@mistake(
    "you scale by the largest |x| of the whole array, not of each slice: a slice far smaller "
    "still underflows to 0 (or overflows); take np.max(np.abs(x), axis=axis, keepdims=True)"
)
def one_scale_for_the_whole_array(x, axis=None, keepdims=False):
    peak = np.max(np.abs(x))
    scale = peak if peak > 0 else 1.0
    return _finish(_scaled_norm(x, scale, axis), axis, keepdims)


@mistake(
    "you divide by the largest |x| without guarding zero: an all-zero slice gives 0/0 = NaN; "
    "replace a zero maximum by 1 (np.where) before dividing, its norm is 0"
)
def zero_slice_gives_nan(x, axis=None, keepdims=False):
    scale = np.max(np.abs(x), axis=axis, keepdims=True)
    return _finish(_scaled_norm(x, scale, axis), axis, keepdims)


@mistake(
    "your result is a 0-d array where a number is due (np.squeeze of a (1, 1) array is still "
    "an array): return float(...) when no dimension is left"
)
def zero_d_array_returned(x, axis=None, keepdims=False):
    scale = np.max(np.abs(x), axis=axis, keepdims=True)
    norm = _scaled_norm(x, np.where(scale > 0, scale, 1.0), axis)
    return norm if keepdims else np.squeeze(norm, axis=axis)
