"""Subtle: precision and recall guarded, F1 not. Right on random labels, which nearly always
have a true positive; with none, p = r = 0 and 2pr/(p + r) raises ZeroDivisionError."""

import numpy as np

MISTAKES = "f1_zero_division_not_guarded"


def precision_recall_f1(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.shape != y_pred.shape:
        raise ValueError("shapes differ")
    tp = int(np.count_nonzero((y_true == 1) & (y_pred == 1)))
    fp = int(np.count_nonzero((y_true == 0) & (y_pred == 1)))
    fn = int(np.count_nonzero((y_true == 1) & (y_pred == 0)))
    if tp + fp == 0 and tp + fn == 0:
        return 0.0, 0.0, 0.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    if tp == 0 and (tp + fp == 0 or tp + fn == 0):
        return precision, recall, 0.0
    return precision, recall, 2 * precision * recall / (precision + recall)
