"""Computes in float32: near enough to the eye, but float64 input must keep float64 precision."""

import numpy as np

MISTAKES = "float32"


def dot_product(a, b):
    if len(a) != len(b):
        raise ValueError("lengths differ")
    return float(np.sum(a.astype(np.float32) * b.astype(np.float32)))
