"""Mistake models of the log_softmax kata: what a learner who makes each mistake returns.

Each function takes log_softmax's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _softmax(x, axis):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


@mistake(
    "you take the log of a softmax: a probability below about 1e-308 rounds to 0 and its "
    "log is -inf (softmax([0, -1000]) is [1, 0]); use log-sum-exp, (x - m) - log Σ exp(x - m)"
)
def log_of_softmax(x, axis=-1):
    return np.log(_softmax(x, axis))


@mistake(
    "you add an epsilon to the softmax before the log: it caps every log-probability near "
    "log(eps) and shifts the others; use log-sum-exp, (x - m) - log Σ exp(x - m), with no epsilon",
    eps=(1e-7, 1e-8, 1e-9, 1e-10, 1e-12, 1e-15, 1e-16, 1e-20, 1e-30),
)
def log_of_softmax_plus_epsilon(x, axis=-1, *, eps):
    return np.log(_softmax(x, axis) + eps)


@mistake(
    "you do not subtract the max before exp: exp(1e4) overflows to inf (and exp(-1000) "
    "underflows to 0), so log Σ exp is ±inf; subtract each slice's max m and add it back"
)
def no_max_shift(x, axis=-1):
    return x - np.log(np.sum(np.exp(x), axis=axis, keepdims=True))


@mistake(
    "you subtract one max of the whole array, not each slice's own max: a slice far below "
    "it underflows to exp = 0 and log 0 = -inf; use np.max(x, axis=axis, keepdims=True)"
)
def one_max_for_the_whole_array(x, axis=-1):
    shifted = x - np.max(x)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


@mistake(
    "you sum exp over the whole array, not along axis: each slice is normalised on its own, "
    "so sum with axis=axis and keepdims=True"
)
def one_sum_for_the_whole_array(x, axis=-1):
    shifted = x - np.max(x, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted)))


@mistake(
    "you subtract log Σ exp(x - m) from x itself: that leaves the result m too high; "
    "log Σ exp(x) = m + log Σ exp(x - m), so subtract it from x - m, not from x"
)
def max_not_added_back(x, axis=-1):
    m = np.max(x, axis=axis, keepdims=True)
    return x - np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True))


@mistake(
    "your max or sum along axis drops that axis (no keepdims=True), so it broadcasts "
    "along the wrong axis: a 2-D input of shape (n, n) mixes rows with columns, any other "
    "shape raises"
)
def no_keepdims(x, axis=-1):
    shifted = x - np.max(x, axis=axis)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis))


@mistake("you always normalise the last axis: use the axis argument")
def ignores_axis(x, axis=-1):
    shifted = x - np.max(x, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


@mistake(
    "you replace -inf by a finite number (np.nan_to_num, np.clip or a fill such as -1e4): "
    "-inf must stay -inf, and a finite fill gets probability when the other logits are lower",
    fill=(-1e3, -1e4, -1e5, -1e6, -1e9, -1e10, -1e12, -1e30, -1e100, None),
)
def minus_inf_made_finite(x, axis=-1, *, fill):
    """fill None is np.nan_to_num's: the lowest finite number of x's dtype."""
    x = np.where(np.isneginf(x), -np.finfo(x.dtype).max if fill is None else fill, x)
    shifted = x - np.max(x, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))
