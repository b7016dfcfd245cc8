"""Counts in a float64 matrix (np.zeros default): right values, not integers."""

import numpy as np

MISTAKES = "counts_in_a_float_matrix"


def confusion_matrix(y_true, y_pred, n_classes=None):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    if n_classes is None:
        if len(y_true) == 0:
            raise ValueError("empty")
        n_classes = int(max(np.max(y_true), np.max(y_pred))) + 1
    for a in (y_true, y_pred):
        if len(a) and (np.min(a) < 0 or np.max(a) >= n_classes):
            raise ValueError("label out of range")
    m = np.zeros((n_classes, n_classes), dtype=float)
    np.add.at(m, (np.asarray(y_true), np.asarray(y_pred)), 1)
    return m
