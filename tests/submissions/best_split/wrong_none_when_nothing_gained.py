"""Starts from (None, 0.0) and keeps a split only if it gains something: one class gives None."""

import numpy as np

MISTAKES = "no_split_when_nothing_is_gained"


def _entropy(labels):
    _, counts = np.unique(labels, return_counts=True)
    p = counts / len(labels)
    return float(-np.sum(p * np.log2(p)))


def best_split(x, y):
    values = np.unique(x)
    parent = _entropy(y) if len(y) else 0.0
    best_threshold, best_gain = None, 0.0
    for a, b in zip(values[:-1], values[1:]):
        threshold = (a + b) / 2
        left, right = y[x <= threshold], y[x > threshold]
        gain = parent - len(left) / len(y) * _entropy(left) - len(right) / len(y) * _entropy(right)
        if gain > best_gain + 1e-12:
            best_threshold, best_gain = float(threshold), gain
    return best_threshold, best_gain
