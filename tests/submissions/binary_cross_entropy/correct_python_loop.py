"""Correct but slow: one example at a time with math.log."""

import math

import numpy as np

EXPECTED_STATUS = "slow"


def binary_cross_entropy(y_true, p, eps=1e-12):
    labels = np.asarray(y_true, dtype=np.float64).ravel().tolist()
    probabilities = np.asarray(p, dtype=np.float64).ravel().tolist()
    total = 0.0
    for y, q in zip(labels, probabilities):
        q = min(max(q, eps), 1 - eps)
        total -= y * math.log(q) + (1 - y) * math.log(1 - q)
    return total / len(labels)
