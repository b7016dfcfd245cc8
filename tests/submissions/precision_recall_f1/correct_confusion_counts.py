"""Correct: the 2 x 2 confusion counts from np.bincount, then the ratios with guards."""

import numpy as np


def precision_recall_f1(y_true, y_pred):
    if len(y_true) != len(y_pred):
        raise ValueError("y_true and y_pred differ in length")
    cells = 2 * (y_true == 1).astype(np.int64) + (y_pred == 1)
    tn, fp, fn, tp = (int(c) for c in np.bincount(cells, minlength=4))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
