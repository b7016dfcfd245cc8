"""Mann-Whitney with mean ranks, right, but one class divides 0 by 0 and returns NaN."""

import numpy as np

MISTAKES = "one_class_not_rejected"


def roc_auc(y_true, scores):
    positive = y_true == 1
    n_pos = positive.sum()
    n_neg = len(y_true) - n_pos
    order = np.sort(scores)
    ranks = (np.searchsorted(order, scores, "left") + np.searchsorted(order, scores, "right") + 1) / 2
    return float((ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
