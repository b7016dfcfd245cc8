"""Subtle: exact for float64 inputs, but computes in float32 for float32 ones.

In float32, 1 - 1e-12 rounds to 1, so p = 1 is not clipped at the top: log(1 - 1) = -inf.
"""

import numpy as np

MISTAKES = "float32_inputs_computed_in_float32"


def binary_cross_entropy(y_true, p, eps=1e-12):
    p = np.clip(p, eps, 1 - eps)
    y = np.asarray(y_true, dtype=p.dtype)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
