"""Subtle: log(p + eps) instead of a clip, finite at 0 and 1 and right to 1e-11 on ordinary p.

A probability of 1e-9 becomes 1.001e-9: its log is off by 1e-3.
"""

import numpy as np

MISTAKES = "eps_added_inside_the_logs"


def binary_cross_entropy(y_true, p, eps=1e-12):
    y = np.asarray(y_true, dtype=np.float64)
    p = np.asarray(p, dtype=np.float64)
    return float(-np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)))
