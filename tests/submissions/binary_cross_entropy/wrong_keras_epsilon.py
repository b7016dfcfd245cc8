"""Clips at Keras's epsilon 1e-7 whatever eps says: a sure mistake costs 16.1, not 27.6."""

import numpy as np

MISTAKES = "eps_argument_ignored"

EPSILON = 1e-7


def binary_cross_entropy(y_true, p, eps=1e-12):
    y = np.asarray(y_true, dtype=np.float64)
    p = np.clip(np.asarray(p, dtype=np.float64), EPSILON, 1 - EPSILON)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
