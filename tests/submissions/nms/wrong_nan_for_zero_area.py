"""Divides by the union everywhere: two zero-area boxes give NaN, and `ovr <= threshold` drops it."""

import numpy as np

MISTAKES = "zero_union_gives_nan"


def nms(boxes, scores, iou_threshold):
    x1, y1, x2, y2 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    areas = np.maximum(x2 - x1, 0) * np.maximum(y2 - y1, 0)
    order = np.argsort(-scores, kind="stable")
    keep = []
    while order.size > 0:
        i = order[0]
        keep.append(i)
        w = np.maximum(0.0, np.minimum(x2[i], x2[order[1:]]) - np.maximum(x1[i], x1[order[1:]]))
        h = np.maximum(0.0, np.minimum(y2[i], y2[order[1:]]) - np.maximum(y1[i], y1[order[1:]]))
        inter = w * h
        with np.errstate(invalid="ignore"):
            ovr = inter / (areas[i] + areas[order[1:]] - inter)
        order = order[1:][ovr <= iou_threshold]
    return np.array(keep, dtype=np.int64)
