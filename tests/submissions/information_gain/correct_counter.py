"""Correct: collections.Counter and math.log2, child by child."""

from collections import Counter
from math import log2


def _entropy(labels):
    n = len(labels)
    return -sum(c / n * log2(c / n) for c in Counter(labels.tolist()).values())


def information_gain(parent, children):
    n = len(parent)
    if n == 0:
        raise ValueError("the parent has no labels")
    return _entropy(parent) - sum(len(child) / n * _entropy(child) for child in children)
