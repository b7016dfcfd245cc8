"""PASCAL VOC's interpolated AP: the best precision at each recall or beyond, not the precision."""

import numpy as np

MISTAKES = "interpolated_precision"


def average_precision(y_true, scores):
    positive = y_true == 1
    if not positive.any():
        raise ValueError("no positive")
    thresholds, group = np.unique(-scores, return_inverse=True)
    tp = np.cumsum(np.bincount(group, weights=positive, minlength=len(thresholds)))
    count = np.cumsum(np.bincount(group, minlength=len(thresholds)))
    precision = tp / count
    recall = tp / positive.sum()
    for i in range(len(precision) - 2, -1, -1):
        precision[i] = max(precision[i], precision[i + 1])
    return float(np.sum(np.diff(recall, prepend=0.0) * precision))
