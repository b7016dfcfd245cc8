"""Subtle: the share of positive-negative pairs with pos > neg, so a tie counts as a loss.

Right whenever no positive and negative share a score, as with random continuous scores.
"""

import numpy as np

MISTAKES = "ties_not_counted_half"


def roc_auc(y_true, scores):
    positives = scores[y_true == 1]
    negatives = scores[y_true == 0]
    if len(positives) == 0 or len(negatives) == 0:
        raise ValueError("both classes are needed")
    return float(np.mean(positives[:, None] > negatives[None, :]))
