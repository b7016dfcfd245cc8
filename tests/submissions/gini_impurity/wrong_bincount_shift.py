"""A blind tester's file (and a former correct_ file): np.bincount of the labels shifted by
their min. int8 labels [-100, 100, 100] wrap and raise; labels [0, 10**12] ask for terabytes."""

import numpy as np

MISTAKES = "bincount_of_shifted_labels"


def gini_impurity(labels):
    n = len(labels)
    if n == 0:
        return 0.0
    p = np.bincount(labels - labels.min()) / n
    return float(1.0 - np.sum(p**2))
