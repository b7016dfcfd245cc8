"""F1 as the plain average of precision and recall."""

import numpy as np

MISTAKES = "f1_as_arithmetic_mean"


def precision_recall_f1(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.shape != y_pred.shape:
        raise ValueError("shapes differ")
    tp = int(np.sum((y_true == 1) & (y_pred == 1)))
    predicted = int(np.sum(y_pred == 1))
    actual = int(np.sum(y_true == 1))
    precision = tp / predicted if predicted else 0.0
    recall = tp / actual if actual else 0.0
    return precision, recall, (precision + recall) / 2
