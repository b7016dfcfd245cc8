"""The ROC curve over distinct thresholds, right, but np.trapezoid(fpr, tpr): y and x swapped."""

import numpy as np

MISTAKES = "area_under_the_wrong_axis"


def roc_auc(y_true, scores):
    positive = y_true == 1
    if positive.all() or not positive.any():
        raise ValueError("roc_auc needs both classes")
    thresholds, group = np.unique(-scores, return_inverse=True)
    tp = np.cumsum(np.bincount(group, weights=positive, minlength=len(thresholds)))
    fp = np.cumsum(np.bincount(group, weights=~positive, minlength=len(thresholds)))
    tpr = np.concatenate([[0.0], tp / tp[-1]])
    fpr = np.concatenate([[0.0], fp / fp[-1]])
    return float(np.trapezoid(fpr, tpr))
