"""Subtle: k from y_true alone. Right whenever the largest class occurs among the true labels,
as it does in most random tests; a predicted class beyond them raises IndexError."""

import numpy as np

MISTAKES = "size_from_y_true_only"


def confusion_matrix(y_true, y_pred, n_classes=None):
    if len(y_true) != len(y_pred):
        raise ValueError("y_true and y_pred differ in length")
    if n_classes is None:
        if len(y_true) == 0:
            raise ValueError("empty input")
        n_classes = int(y_true.max()) + 1
    elif len(y_true) and (y_true.max() >= n_classes or y_pred.max() >= n_classes):
        raise ValueError("label out of range")
    if len(y_true) and (y_true.min() < 0 or y_pred.min() < 0):
        raise ValueError("negative label")
    matrix = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(matrix, (y_true, y_pred), 1)
    return matrix
