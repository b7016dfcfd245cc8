"""The precision-recall curve over distinct thresholds, right, but its trapezoidal area."""

import numpy as np

MISTAKES = "trapezoidal_area"


def average_precision(y_true, scores):
    if not np.any(y_true == 1):
        raise ValueError("no positive")
    thresholds = np.unique(scores)[::-1]
    predicted = scores[None, :] >= thresholds[:, None]
    tp = np.sum(predicted & (y_true == 1), axis=1)
    precision = np.concatenate([[1.0], tp / predicted.sum(axis=1)])
    recall = np.concatenate([[0.0], tp / np.sum(y_true == 1)])
    return float(np.trapezoid(precision, recall))
