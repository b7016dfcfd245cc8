"""Subtle: a midpoint between every two sorted neighbours, equal ones too. Right on continuous x."""

import numpy as np

MISTAKES = "midpoints_of_equal_neighbours_kept"


def _entropy(labels):
    if len(labels) == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    p = counts / len(labels)
    return float(-np.sum(p * np.log2(p)))


def best_split(x, y):
    if len(np.unique(x)) < 2:
        return None, 0.0
    xs = np.sort(x)
    parent = _entropy(y)
    best_threshold, best_gain = None, -1.0
    for i in range(len(xs) - 1):
        threshold = (xs[i] + xs[i + 1]) / 2
        left, right = y[x <= threshold], y[x > threshold]
        gain = parent - len(left) / len(y) * _entropy(left) - len(right) / len(y) * _entropy(right)
        if gain > best_gain + 1e-12:
            best_threshold, best_gain = float(threshold), gain
    return best_threshold, best_gain
