"""Casts the scores to float32 to save memory: scores closer than float32 resolution tie."""

import numpy as np

MISTAKES = "float32"


def roc_auc(y_true, scores):
    scores = scores.astype(np.float32)
    positive = y_true == 1
    n_pos = int(positive.sum())
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("roc_auc needs both classes")
    _, group, counts = np.unique(scores, return_inverse=True, return_counts=True)
    mean_rank = np.cumsum(counts) - (counts - 1) / 2
    return float((mean_rank[group][positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
