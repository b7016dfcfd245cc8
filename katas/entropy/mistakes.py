"""Mistake models of the entropy kata: what a learner who makes each mistake returns.

Each function takes entropy's arguments and computes the wrong answer that
mistake gives. The harness names a mistake only when a learner's answer matches
its model on a failing test's input.
"""

import math

import numpy as np

from harness.diagnosis import mistake


def _plogp(p):
    """p·log p with 0·log 0 = 0, in nats."""
    return p * np.log(p, out=np.zeros_like(p), where=p > 0)


def _scalar_for_1d(entropies):
    return float(entropies) if np.ndim(entropies) == 0 else entropies


@mistake(
    "you take log(0) where a probability is 0, and 0 * -inf is NaN: 0·log 0 counts as 0; "
    "take the log only where p > 0 (np.log with where= and out=, or np.where on a safe p)"
)
def zero_probability_gives_nan(p, base=2.0):
    with np.errstate(divide="ignore", invalid="ignore"):
        return _scalar_for_1d(-np.sum(p * np.log(p), axis=-1) / math.log(base))


@mistake(
    "you keep the log away from 0 with an epsilon (log(p + eps), or p clipped at eps): it "
    "shifts every entropy a little, which shows on a certain outcome (entropy exactly 0) and on "
    "tiny probabilities; take the log only where p > 0 and count 0·log 0 as 0",
    how=("added", "clipped"),
    epsilon=(1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-12, 1e-15, 1e-16),
)
def epsilon_in_the_log(p, base=2.0, how="added", epsilon=1e-12):
    if how == "added":
        terms = p * np.log(p + epsilon)
    else:
        clipped = np.clip(p, epsilon, None)
        terms = clipped * np.log(clipped)
    return _scalar_for_1d(-np.sum(terms, axis=-1) / math.log(base))


@mistake(
    "you divide p by its sum first (as scipy.stats.entropy does): here p is used as given, "
    "not renormalised, so a slice that sums to 0.6 keeps its weights"
)
def renormalised(p, base=2.0):
    with np.errstate(divide="ignore", invalid="ignore"):
        q = p / np.sum(p, axis=-1, keepdims=True)
    q = np.where(np.isnan(q), 0.0, q)
    return _scalar_for_1d(-np.sum(_plogp(q), axis=-1) / math.log(base))


@mistake(
    "you ignore base and always use one logarithm: divide the natural log by log(base) "
    "(base 2 gives bits, the default; base e gives nats)",
    unit=("nats", "bits"),
)
def base_ignored(p, base=2.0, unit="nats"):
    divisor = 1.0 if unit == "nats" else math.log(2.0)
    return _scalar_for_1d(-np.sum(_plogp(p), axis=-1) / divisor)


@mistake(
    "you sum over the whole array, so a batch of distributions gives one number: sum along "
    "the last axis only (axis=-1), one entropy per distribution"
)
def whole_batch_summed(p, base=2.0):
    return float(-np.sum(_plogp(p)) / math.log(base))


@mistake(
    "you squeeze the result (np.squeeze), which also drops the batch axes of length 1: p of "
    "shape (1, k) must give an array of shape (1,), not a float, and (3, 1, k) gives (3, 1); "
    "the result has shape p.shape[:-1], so sum along axis=-1 and squeeze nothing"
)
def length_one_batch_axes_squeezed(p, base=2.0):
    entropies = np.squeeze(-np.sum(_plogp(p), axis=-1) / math.log(base))
    return _scalar_for_1d(entropies)
