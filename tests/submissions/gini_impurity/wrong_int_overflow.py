"""A blind tester's file: squares the counts in the labels' own int dtype, so 20 int8 labels of
one class and 5 of another give 1.1392 instead of 0.32 (20² wraps to -112 in int8)."""

import numpy as np

MISTAKES = "counts_squared_in_the_labels_dtype"


def gini_impurity(labels):
    labels = np.asarray(labels)
    n = labels.size
    if n == 0:
        return 0.0
    _, c = np.unique(labels, return_counts=True)
    c = c.astype(labels.dtype)  # keep the caller's int dtype
    return float(1.0 - np.sum(c * c) / (n * n))
