"""Correct: sort once, highest first, and close a threshold where the score changes.

scikit-learn's _binary_clf_curve does the same: the cumulative counts are read at the
last sample of each group of tied scores.
"""

import numpy as np


def average_precision(y_true, scores):
    order = np.argsort(-scores, kind="stable")
    hits = (y_true[order] == 1).astype(np.float64)
    if hits.sum() == 0:
        raise ValueError("average_precision needs at least one positive")
    ranked = scores[order]
    last_of_group = np.r_[np.flatnonzero(ranked[1:] != ranked[:-1]), len(ranked) - 1]
    tp = np.cumsum(hits)[last_of_group]
    precision = tp / (last_of_group + 1)
    recall = tp / tp[-1]
    return float(np.sum(np.diff(recall, prepend=0.0) * precision))
