"""Every check right, but the matrix indexed [predicted, true]: rows are predictions."""

import numpy as np

MISTAKES = "rows_are_predictions"


def confusion_matrix(y_true, y_pred, n_classes=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if len(y_true) != len(y_pred):
        raise ValueError("lengths differ")
    if n_classes is None:
        if len(y_true) == 0:
            raise ValueError("empty input needs n_classes")
        n_classes = int(max(y_true.max(), y_pred.max())) + 1
    if len(y_true) and (min(y_true.min(), y_pred.min()) < 0 or max(y_true.max(), y_pred.max()) >= n_classes):
        raise ValueError("label out of range")
    matrix = np.zeros((n_classes, n_classes), dtype=int)
    np.add.at(matrix, (y_pred, y_true), 1)
    return matrix
