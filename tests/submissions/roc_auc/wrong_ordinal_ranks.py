"""Wrong: Mann-Whitney U with ordinal ranks, which break ties by position (a new-user trial wrote it)."""

import numpy as np

MISTAKES = "ordinal_ranks"


def roc_auc(y_true, scores):
    y = np.asarray(y_true) == 1
    n_pos, n_neg = y.sum(), (~y).sum()
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    ranks = np.argsort(np.argsort(scores)) + 1
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
