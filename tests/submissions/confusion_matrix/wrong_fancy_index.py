"""The natural one-liner matrix[y_true, y_pred] += 1: a repeated pair is counted once."""

import numpy as np

MISTAKES = "repeated_pairs_counted_once"


def confusion_matrix(y_true, y_pred, n_classes=None):
    if y_true.shape != y_pred.shape:
        raise ValueError("y_true and y_pred must have the same length")
    if n_classes is None:
        if y_true.size == 0:
            raise ValueError("cannot infer the number of classes from empty input")
        n_classes = max(y_true.max(), y_pred.max()) + 1
    labels = np.concatenate([y_true, y_pred])
    if labels.size and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError("labels must be in [0, n_classes)")
    matrix = np.zeros((n_classes, n_classes), dtype=np.int64)
    matrix[y_true, y_pred] += 1
    return matrix
