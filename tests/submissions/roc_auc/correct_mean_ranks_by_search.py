"""Correct: each score's mean rank among tied ones from two binary searches in the sorted scores."""

import numpy as np


def roc_auc(y_true, scores):
    positive = y_true == 1
    n_pos = int(np.sum(positive))
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError(f"{n_pos} positives and {n_neg} negatives: the AUC needs both")
    ordered = np.sort(scores)
    below = np.searchsorted(ordered, scores, side="left")  # scores strictly lower
    not_above = np.searchsorted(ordered, scores, side="right")  # scores lower or equal
    mean_rank = (below + 1 + not_above) / 2
    return float((np.sum(mean_rank[positive]) - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
