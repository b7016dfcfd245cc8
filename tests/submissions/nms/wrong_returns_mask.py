"""Returns the keep mask itself, not the indices of the kept boxes."""

import numpy as np

MISTAKES = "boolean_mask"


def nms(boxes, scores, iou_threshold):
    n = len(boxes)
    x1, y1, x2, y2 = boxes.T
    areas = np.maximum(x2 - x1, 0) * np.maximum(y2 - y1, 0)
    keep = np.zeros(n, dtype=bool)
    alive = np.ones(n, dtype=bool)
    for i in np.argsort(-scores, kind="stable"):
        if alive[i]:
            keep[i] = True
            w = np.maximum(np.minimum(x2[i], x2) - np.maximum(x1[i], x1), 0)
            h = np.maximum(np.minimum(y2[i], y2) - np.maximum(y1[i], y1), 0)
            union = areas[i] + areas - w * h
            iou = np.divide(w * h, union, out=np.zeros(n), where=union > 0)
            alive &= iou <= iou_threshold
            alive[i] = False
    return keep
