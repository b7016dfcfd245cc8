"""Repeated argmax, marking used boxes by writing -inf into the caller's scores."""

import numpy as np

MISTAKES = "in_place"


def nms(boxes, scores, iou_threshold):
    x1, y1, x2, y2 = boxes.T
    areas = np.maximum(x2 - x1, 0) * np.maximum(y2 - y1, 0)
    keep = []
    while len(scores) and scores.max() > -np.inf:
        i = int(np.argmax(scores))
        keep.append(i)
        w = np.maximum(np.minimum(x2[i], x2) - np.maximum(x1[i], x1), 0)
        h = np.maximum(np.minimum(y2[i], y2) - np.maximum(y1[i], y1), 0)
        union = areas[i] + areas - w * h
        iou = np.divide(w * h, union, out=np.zeros_like(union), where=union > 0)
        scores[iou > iou_threshold] = -np.inf
        scores[i] = -np.inf
    return np.array(keep, dtype=np.int64)
