"""The formula as written, with no clip: p = 0 or 1 gives log 0 = -inf, and the loss is inf or NaN.

As written, it also computes in float32 for float32 inputs.
"""

import numpy as np

MISTAKES = ("p_not_clipped", "float32_inputs_computed_in_float32")


def binary_cross_entropy(y_true, p, eps=1e-12):
    return float(-np.mean(y_true * np.log(p) + (1 - y_true) * np.log(1 - p)))
