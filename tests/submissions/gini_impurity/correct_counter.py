"""Correct: collections.Counter on a Python list, then 1 - sum of squared fractions."""

from collections import Counter

EXPECTED_STATUS = ("pass", "slow")  # a Counter of a Python list measured 6.7-8.2x with the machine loaded: near max_ratio 5


def gini_impurity(labels):
    n = len(labels)
    if n == 0:
        return 0.0
    return 1.0 - sum((count / n) ** 2 for count in Counter(labels.tolist()).values())
