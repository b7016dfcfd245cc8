"""Precision and recall mixed up: TP over the actual positives is recall, not precision."""

import numpy as np

MISTAKES = "precision_and_recall_swapped"


def precision_recall_f1(y_true, y_pred):
    if len(y_true) != len(y_pred):
        raise ValueError("lengths differ")
    tp = np.sum((y_true == 1) & (y_pred == 1))
    fp = np.sum((y_true == 0) & (y_pred == 1))
    fn = np.sum((y_true == 1) & (y_pred == 0))
    precision = tp / (tp + fn) if tp + fn > 0 else 0.0
    recall = tp / (tp + fp) if tp + fp > 0 else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return float(precision), float(recall), float(f1)
