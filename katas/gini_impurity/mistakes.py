"""Mistake models of the gini_impurity kata: what a learner who makes each mistake returns.

Each function takes gini_impurity's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _gini_of_counts(counts, n):
    return float(1.0 - np.sum((counts / n) ** 2))


@mistake(
    "you count with np.bincount(labels - labels.min()): in a small int dtype the shift wraps "
    "(int8 100 - (-100) is -56, and bincount raises), and far-apart labels such as 0 and 10**12 "
    "need a count for every value between; count the distinct values with "
    "np.unique(labels, return_counts=True)"
)
def bincount_of_shifted_labels(labels):
    if labels.size == 0:
        return 0.0
    return _gini_of_counts(np.bincount(labels - labels.min()), labels.size)


@mistake(
    "you count with np.bincount(labels), which raises ValueError for negative labels: labels "
    "may be any integers; count the distinct values with np.unique(labels, return_counts=True) "
    "(shifting by labels.min() is not enough: far-apart labels need a count per value between)"
)
def bincount_of_negative_labels(labels):
    if labels.size == 0:
        return 0.0
    return _gini_of_counts(np.bincount(labels), labels.size)


@mistake(
    "an empty array gives 1.0 in your code (1 minus an empty sum): an empty node is "
    "pure, so return 0.0 when there are no labels"
)
def empty_gives_one(labels):
    _, counts = np.unique(labels, return_counts=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return _gini_of_counts(counts, labels.size)


@mistake(
    "you take labels.min() (to shift the labels for np.bincount) before checking for an "
    "empty array, and the min of nothing raises: return 0.0 when there are no labels"
)
def empty_min_raises(labels):
    labels.min()  # raises on an empty array; the counting itself is right
    _, counts = np.unique(labels, return_counts=True)
    return _gini_of_counts(counts, labels.size)


@mistake(
    "you square the raw counts: pᵢ is the FRACTION of labels in class i, its count divided by "
    "the number of labels, so that the pᵢ sum to 1"
)
def counts_not_divided_by_n(labels):
    if labels.size == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    return float(1.0 - np.sum(counts.astype(np.float64) ** 2))


@mistake(
    "you square the counts in the labels' own integer dtype, which overflows: an int8 count of "
    "20 squared wraps to -112; divide the counts by n first (counts / n is float) and square "
    "the fractions"
)
def counts_squared_in_the_labels_dtype(labels):
    if labels.size == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    counts = counts.astype(labels.dtype)
    return float(1.0 - np.sum(counts * counts) / labels.size**2)
