"""Drops a box whose IoU with the kept box equals the threshold (>= where torchvision has >)."""

import numpy as np

MISTAKES = "greater_or_equal_threshold"


def nms(boxes, scores, iou_threshold):
    x1, y1, x2, y2 = boxes.T
    areas = np.maximum(x2 - x1, 0) * np.maximum(y2 - y1, 0)
    order = np.argsort(-scores, kind="stable")
    keep = []
    while len(order) > 0:
        i = order[0]
        keep.append(i)
        others = order[1:]
        w = np.maximum(np.minimum(x2[i], x2[others]) - np.maximum(x1[i], x1[others]), 0)
        h = np.maximum(np.minimum(y2[i], y2[others]) - np.maximum(y1[i], y1[others]), 0)
        inter = w * h
        union = areas[i] + areas[others] - inter
        iou = np.where(union > 0, inter / np.where(union > 0, union, 1), 0)
        order = others[iou < iou_threshold]
    return np.array(keep, dtype=int)
