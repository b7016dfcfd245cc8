"""Shifts each slice by its own max, but forgets axis= in the sum, so it normalises the whole array."""

import numpy as np

MISTAKES = "one_sum_for_the_whole_array"


def log_softmax(x, axis=-1):
    shifted = x - np.max(x, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted)))
