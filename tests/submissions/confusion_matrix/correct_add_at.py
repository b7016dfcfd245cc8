"""Correct: np.add.at on an integer matrix counts repeated (true, predicted) pairs."""

import numpy as np


def confusion_matrix(y_true, y_pred, n_classes=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.shape != y_pred.shape:
        raise ValueError("y_true and y_pred differ in length")
    if n_classes is None:
        if y_true.size == 0:
            raise ValueError("empty input: pass n_classes")
        n_classes = int(max(y_true.max(), y_pred.max())) + 1
    labels = np.concatenate([y_true, y_pred])
    if np.any(labels < 0) or np.any(labels >= n_classes):
        raise ValueError("labels must lie in [0, n_classes)")
    matrix = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(matrix, (y_true, y_pred), 1)
    return matrix
