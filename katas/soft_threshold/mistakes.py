"""Mistake models of the soft_threshold kata: what a learner who makes each mistake returns.

Each function takes soft_threshold's arguments and computes the wrong answer that
mistake gives. The harness names a mistake only when a learner's answer matches
its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


@mistake(
    "you shrink only the positive weights (max(w - lam, 0), a ReLU): a negative weight must "
    "move up toward zero by lam too; use sign(w) * max(|w| - lam, 0)"
)
def negative_weights_zeroed(w, lam):
    return np.maximum(w - lam, 0)


@mistake(
    "you subtract lam from |w| without clamping at 0: a weight within lam of zero must become "
    "exactly 0, not cross to the other sign; use max(|w| - lam, 0)"
)
def no_clamp_at_zero(w, lam):
    return np.sign(w) * (np.abs(w) - lam)


@mistake(
    "you hard-threshold (keep w where |w| > lam, else 0): soft thresholding also moves every "
    "surviving weight lam toward zero, sign(w) * max(|w| - lam, 0)"
)
def hard_threshold(w, lam):
    return np.where(np.abs(w) > lam, w, 0)


@mistake(
    "you take the sign as w / |w|, which is 0/0 = NaN for a weight that is exactly 0 (and "
    "sparse weights have many): use np.sign(w), which gives 0 there"
)
def sign_by_division(w, lam):
    with np.errstate(invalid="ignore", divide="ignore"):
        return w / np.abs(w) * np.maximum(np.abs(w) - lam, 0)
