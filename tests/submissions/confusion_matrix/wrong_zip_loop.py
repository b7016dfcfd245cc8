"""A beginner's loop over zip(y_true, y_pred): no length check (zip stops at the shorter)
and no label check (-1 counts in the last row, a label past k raises IndexError)."""

import numpy as np

MISTAKES = ("lengths_not_checked", "labels_not_checked")


def confusion_matrix(y_true, y_pred, n_classes=None):
    if n_classes is None:
        if len(y_true) == 0:
            raise ValueError("empty input")
        n_classes = int(max(max(y_true), max(y_pred))) + 1
    matrix = np.zeros((n_classes, n_classes), dtype=int)
    for t, p in zip(y_true, y_pred):
        matrix[t, p] += 1
    return matrix
