"""The formula as written: log(0) = -inf, and 0 * -inf is NaN wherever a probability is 0."""

import numpy as np

MISTAKES = "zero_probability_gives_nan"


def entropy(p, base=2.0):
    h = -np.sum(p * np.log(p), axis=-1) / np.log(base)
    return float(h) if p.ndim == 1 else h
