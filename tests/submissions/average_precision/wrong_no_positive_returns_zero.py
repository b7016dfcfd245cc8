"""Copies scikit-learn, which returns 0 when there is no positive; the catalog asks for ValueError."""

import numpy as np

MISTAKES = "no_positive_not_rejected"


def average_precision(y_true, scores):
    positive = y_true == 1
    n_pos = positive.sum()
    if n_pos == 0:
        return 0.0
    thresholds, group = np.unique(-scores, return_inverse=True)
    tp = np.cumsum(np.bincount(group, weights=positive, minlength=len(thresholds)))
    count = np.cumsum(np.bincount(group, minlength=len(thresholds)))
    return float(np.sum(np.diff(tp, prepend=0.0) / n_pos * tp / count))
