"""Subtle: sums per slice, but shifts by the max of the whole array, so a slice far below it gives log 0."""

import numpy as np

MISTAKES = "one_max_for_the_whole_array"


def log_softmax(x, axis=-1):
    shifted = x - x.max()
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))
