"""Never checks the parent: an empty one divides by zero (ZeroDivisionError), not ValueError."""

from collections import Counter
from math import log2

MISTAKES = "empty_parent_not_rejected"


def _entropy(labels):
    n = len(labels)
    return -sum(c / n * log2(c / n) for c in Counter(labels.tolist()).values())


def information_gain(parent, children):
    n = len(parent)
    return _entropy(parent) - sum(len(c) / n * _entropy(c) for c in children)
