"""Correct: float division under np.errstate, then NaN (0/0) replaced by 0.0."""

import numpy as np


def precision_recall_f1(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.shape != y_pred.shape:
        raise ValueError("y_true and y_pred differ in shape")
    positive, predicted = y_true == 1, y_pred == 1
    tp = np.sum(positive & predicted, dtype=np.float64)
    counts = np.array([tp, tp, 2 * tp])
    totals = np.array([predicted.sum(), positive.sum(), predicted.sum() + positive.sum()], dtype=np.float64)
    with np.errstate(invalid="ignore"):
        scores = np.nan_to_num(counts / totals, nan=0.0)
    return tuple(float(score) for score in scores)
