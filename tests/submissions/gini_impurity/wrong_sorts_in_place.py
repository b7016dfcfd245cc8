"""Right values, but sorts the caller's labels in place to count runs of equal labels."""

import numpy as np

MISTAKES = "in_place"


def gini_impurity(labels):
    if labels.size == 0:
        return 0.0
    labels.sort()
    starts = np.flatnonzero(np.diff(labels)) + 1
    counts = np.diff(np.concatenate(([0], starts, [labels.size])))
    return float(1.0 - np.sum((counts / labels.size) ** 2))
