"""Copies scikit-learn's labels= behaviour: samples with a label outside [0, k) are dropped."""

import numpy as np

MISTAKES = "out_of_range_labels_dropped"


def confusion_matrix(y_true, y_pred, n_classes=None):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.shape != y_pred.shape:
        raise ValueError("shapes differ")
    if n_classes is None:
        if y_true.size == 0:
            raise ValueError("empty input")
        n_classes = int(max(y_true.max(), y_pred.max())) + 1
    keep = (y_true >= 0) & (y_true < n_classes) & (y_pred >= 0) & (y_pred < n_classes)
    cells = y_true[keep] * n_classes + y_pred[keep]
    return np.bincount(cells, minlength=n_classes * n_classes).reshape(n_classes, n_classes)
