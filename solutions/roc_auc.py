"""Reference solution of the roc_auc kata."""

import numpy as np


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    """Area under the ROC curve, from the rank sum of the positives (Mann-Whitney U).

    The AUC is the probability that a random positive scores above a random negative,
    ties counting one half: U / (n_pos · n_neg), with U = R - n_pos(n_pos + 1)/2 and R the
    sum of the positives' ranks, tied scores sharing their mean rank (Hanley & McNeil
    1982). It equals scikit-learn's roc_auc_score (the trapezoidal area under the ROC
    curve over distinct thresholds). Ranking is a sort: O(n log n).

    Parameters
    ----------
    y_true : ndarray of shape (n,)
        Labels 0 (negative) and 1 (positive), as ints or floats.
    scores : ndarray of shape (n,)
        Scores, float64 or float32; higher means more likely positive.

    Returns
    -------
    float
        The AUC, in [0, 1], as a Python float.

    Raises
    ------
    ValueError
        If y_true holds only one class (or no sample), where the AUC is undefined.
    """
    positive = np.asarray(y_true) == 1
    n_pos = np.count_nonzero(positive)
    n_neg = positive.size - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError(f"roc_auc needs both classes; y_true has {n_pos} positives and {n_neg} negatives")
    _, group, size = np.unique(scores, return_inverse=True, return_counts=True)
    # 1-based ranks: the group of tied scores ending at rank e, of size s, shares (2e - s + 1) / 2.
    mean_rank = np.cumsum(size) - (size - 1) / 2
    rank_sum = np.sum(mean_rank[group[positive]])
    return float((rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
