"""Correct: the ROC curve over distinct thresholds (highest first), then the trapezoidal area.

A threshold shared by positives and negatives moves the curve diagonally, and the
trapezoid under that step counts each tied pair one half.
"""

import numpy as np


def roc_auc(y_true, scores):
    positive = y_true == 1
    if positive.all() or not positive.any():
        raise ValueError("roc_auc needs both classes")
    thresholds, group = np.unique(-scores, return_inverse=True)
    tp = np.cumsum(np.bincount(group, weights=positive, minlength=len(thresholds)))
    fp = np.cumsum(np.bincount(group, weights=~positive, minlength=len(thresholds)))
    tpr = np.concatenate([[0.0], tp / tp[-1]])
    fpr = np.concatenate([[0.0], fp / fp[-1]])
    return float(np.trapezoid(tpr, fpr))
