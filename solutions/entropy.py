"""Reference solution of the entropy kata."""

import math

import numpy as np


def entropy(p: np.ndarray, base: float = 2.0) -> float | np.ndarray:
    """Shannon entropy −Σ pᵢ log pᵢ over the last axis of p, in units of log base.

    0·log 0 is taken as 0 (its limit), with no NaN and no warning: the log is
    taken of 1 where p is 0. p is used as given, not renormalised (scipy.stats.entropy
    renormalises; this follows the formula, as Cover & Thomas define H).

    Parameters
    ----------
    p : ndarray of shape (..., k)
        Probabilities, float64 or float32, non-negative; any number of leading
        (batch) dimensions.
    base : float, default 2.0
        The base of the logarithm: 2 gives bits, e gives nats.

    Returns
    -------
    float for 1-D p, else ndarray of shape p.shape[:-1]
        The entropy of each distribution along the last axis. Raises nothing.
    """
    safe = np.where(p > 0, p, 1.0)  # log 1 = 0, so a zero probability's term is 0·0, quietly
    # 0.0 - sum rather than -sum: a certain outcome then gives 0.0, not -0.0
    entropies = (0.0 - np.sum(p * np.log(safe), axis=-1)) / math.log(base)
    return float(entropies) if np.ndim(entropies) == 0 else entropies
