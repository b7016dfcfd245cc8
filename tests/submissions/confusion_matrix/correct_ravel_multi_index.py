"""Correct: np.ravel_multi_index numbers the cells and refuses labels outside [0, k) itself."""

import numpy as np


def confusion_matrix(y_true, y_pred, n_classes=None):
    if len(y_true) != len(y_pred):
        raise ValueError("y_true and y_pred differ in length")
    if n_classes is None:
        if len(y_true) == 0:
            raise ValueError("empty input: pass n_classes")
        n_classes = int(max(np.max(y_true), np.max(y_pred))) + 1
    # ValueError ("invalid entry in coordinates array") for a label < 0 or >= n_classes
    cells = np.ravel_multi_index((y_true, y_pred), (n_classes, n_classes))
    return np.bincount(cells, minlength=n_classes * n_classes).reshape(n_classes, n_classes)
