"""Counts with & on the labels themselves: refused by NumPy for float labels, and a length-1
array broadcasts against the other instead of raising."""

import numpy as np

MISTAKES = ("bitwise_and_on_float_labels", "lengths_not_checked")


def precision_recall_f1(y_true, y_pred):
    tp = int(np.sum(y_true & y_pred))
    fp = int(np.sum((1 - y_true) & y_pred))
    fn = int(np.sum(y_true & (1 - y_pred)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
