"""The formulas with NumPy counts and no guard: every 0/0 is NaN (with a RuntimeWarning)."""

import numpy as np

MISTAKES = "zero_division_not_guarded"


def precision_recall_f1(y_true, y_pred):
    if y_true.shape != y_pred.shape:
        raise ValueError("shapes differ")
    tp = np.sum((y_true == 1) & (y_pred == 1))
    fp = np.sum((y_true == 0) & (y_pred == 1))
    fn = np.sum((y_true == 1) & (y_pred == 0))
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    return float(precision), float(recall), float(f1)
