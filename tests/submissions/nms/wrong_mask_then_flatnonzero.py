"""A keep mask turned into indices with np.flatnonzero: right boxes, but in index order."""

import numpy as np

MISTAKES = "kept_indices_in_index_order"


def nms(boxes, scores, iou_threshold):
    n = len(boxes)
    x1, y1, x2, y2 = boxes.T
    areas = np.maximum(x2 - x1, 0) * np.maximum(y2 - y1, 0)
    order = np.argsort(-scores, kind="stable")
    keep = np.zeros(n, dtype=bool)
    alive = np.ones(n, dtype=bool)
    for i in order:
        if not alive[i]:
            continue
        keep[i] = True
        alive[i] = False
        w = np.maximum(np.minimum(x2[i], x2) - np.maximum(x1[i], x1), 0)
        h = np.maximum(np.minimum(y2[i], y2) - np.maximum(y1[i], y1), 0)
        inter = w * h
        union = areas[i] + areas - inter
        iou = np.divide(inter, union, out=np.zeros(n), where=union > 0)
        alive &= iou <= iou_threshold
    return np.flatnonzero(keep)
