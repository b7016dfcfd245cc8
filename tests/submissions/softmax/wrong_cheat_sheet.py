"""The cheat sheet's own softmax: one max and one sum over the whole array."""

import numpy as np

MISTAKES = "one_max_and_sum_for_the_whole_array"


def softmax(x, axis=-1):
    e_x = np.exp(x - np.max(x))
    return e_x / e_x.sum()
