"""Mistake models of the softmax kata: what a learner who makes each mistake returns.

Each function takes softmax's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


@mistake(
    "you take one max and one sum over the whole array (the cheat sheet's snippet): "
    "each slice along axis must be normalised on its own, with axis=axis and keepdims=True"
)
def one_max_and_sum_for_the_whole_array(x, axis=-1):
    e = np.exp(x - np.max(x))
    return e / e.sum()


@mistake(
    "you subtract one max of the whole array, not each slice's own max: a slice far below "
    "it underflows to exp = 0, and 0/0 is NaN; use np.max(x, axis=axis, keepdims=True)"
)
def one_max_for_the_whole_array(x, axis=-1):
    e = np.exp(x - np.max(x))
    return e / e.sum(axis=axis, keepdims=True)


@mistake(
    "you do not subtract the max before exp: exp of a large logit overflows to inf, and "
    "inf/inf is NaN; subtract each slice's max (softmax does not change)"
)
def no_max_shift(x, axis=-1):
    e = np.exp(x)
    return e / e.sum(axis=axis, keepdims=True)


@mistake(
    "your max or sum along axis drops that axis (no keepdims=True), so it broadcasts "
    "along the wrong axis: a 2-D input of shape (n, n) mixes rows with columns, any other "
    "shape raises"
)
def no_keepdims(x, axis=-1):
    e = np.exp(x - x.max(axis=axis))
    return e / e.sum(axis=axis)


@mistake("you always normalise the last axis: use the axis argument")
def ignores_axis(x, axis=-1):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


@mistake(
    "you replace -inf by a finite number (such as -1e4): -inf must stay -inf, because a "
    "finite fill gets weight when the slice's other logits are lower still"
)
def minus_inf_made_finite(x, axis=-1):
    x = np.where(np.isneginf(x), -1e4, x)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


@mistake(
    "you clip logits from below (np.maximum or np.clip): a -inf entry then gets weight "
    "whenever its slice's finite logits are lower than the clip; leave -inf as it is"
)
def logits_clipped_from_below(x, axis=-1):
    x = np.maximum(x, -1e5)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


@mistake(
    "your result is float64 for float32 logits: softmax keeps the input's dtype (as "
    "torch.softmax does); do not convert x with np.asarray(x, dtype=float) or mix in float64 arrays"
)
def float64_result(x, axis=-1):
    x = np.asarray(x, dtype=np.float64)
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
