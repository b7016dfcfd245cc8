"""Subtle: log(p + 1e-12) avoids NaN and is right to 1e-11 on random distributions, but a
certain outcome gets 1.4e-12 bits instead of 0, and tiny probabilities are shifted."""

import numpy as np

MISTAKES = "epsilon_in_the_log"


def entropy(p, base=2.0):
    h = -np.sum(p * np.log(p + 1e-12), axis=-1) / np.log(base)
    return float(h) if p.ndim == 1 else h
