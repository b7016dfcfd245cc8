"""Correct: collections.Counter on a Python list, then 1 - sum of squared fractions."""

from collections import Counter


def gini_impurity(labels):
    n = len(labels)
    if n == 0:
        return 0.0
    return 1.0 - sum((count / n) ** 2 for count in Counter(labels.tolist()).values())
