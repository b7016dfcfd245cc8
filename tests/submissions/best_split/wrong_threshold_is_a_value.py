"""Returns the last value of x that goes left, not the midpoint to the next distinct value."""

import numpy as np

MISTAKES = "thresholds_are_the_values"


def _entropy(labels):
    _, counts = np.unique(labels, return_counts=True)
    p = counts / len(labels)
    return float(-np.sum(p * np.log2(p)))


def best_split(x, y):
    values = np.unique(x)
    if len(values) < 2:
        return None, 0.0
    parent = _entropy(y)
    best_threshold, best_gain = None, -1.0
    for value in values[:-1]:
        left, right = y[x <= value], y[x > value]
        gain = parent - len(left) / len(y) * _entropy(left) - len(right) / len(y) * _entropy(right)
        if gain > best_gain + 1e-12:
            best_threshold, best_gain = float(value), gain
    return best_threshold, best_gain
