"""Correct but a Python loop over the samples."""

import numpy as np

EXPECTED_STATUS = "slow"


def confusion_matrix(y_true, y_pred, n_classes=None):
    if len(y_true) != len(y_pred):
        raise ValueError("y_true and y_pred differ in length")
    if n_classes is None:
        if len(y_true) == 0:
            raise ValueError("empty input: pass n_classes")
        n_classes = int(max(max(y_true), max(y_pred))) + 1
    matrix = np.zeros((n_classes, n_classes), dtype=np.int64)
    for t, p in zip(y_true.tolist(), y_pred.tolist()):
        if not (0 <= t < n_classes and 0 <= p < n_classes):
            raise ValueError("labels must lie in [0, n_classes)")
        matrix[t, p] += 1
    return matrix
