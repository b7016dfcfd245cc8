"""Correct but O(n²): every positive-negative pair compared at once, by broadcasting.

The definition itself, and fast at small n; its cost grows like n² where the
reference's grows like n log n, and the growth exponent judges it slow.
"""

import numpy as np

EXPECTED_STATUS = "slow"


def roc_auc(y_true, scores):
    positives = scores[y_true == 1]
    negatives = scores[y_true != 1]
    if positives.size == 0 or negatives.size == 0:
        raise ValueError("roc_auc needs both classes")
    wins = np.count_nonzero(positives[:, None] > negatives[None, :])
    ties = np.count_nonzero(positives[:, None] == negatives[None, :])
    return (wins + 0.5 * ties) / (positives.size * negatives.size)
