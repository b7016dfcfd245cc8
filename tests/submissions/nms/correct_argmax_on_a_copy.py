"""Correct: repeatedly take the best score left (np.argmax: the lower index on ties) in a copy of scores."""

import numpy as np


def nms(boxes, scores, iou_threshold):
    left = np.array(scores, dtype=np.float64)
    x1, y1, x2, y2 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    areas = np.maximum(x2 - x1, 0) * np.maximum(y2 - y1, 0)
    alive = np.ones(len(left), dtype=bool)
    kept = []
    while alive.any():
        best = int(np.argmax(np.where(alive, left, -np.inf)))
        kept.append(best)
        alive[best] = False
        inter = np.maximum(np.minimum(x2, x2[best]) - np.maximum(x1, x1[best]), 0) * np.maximum(
            np.minimum(y2, y2[best]) - np.maximum(y1, y1[best]), 0
        )
        union = areas + areas[best] - inter
        with np.errstate(divide="ignore", invalid="ignore"):
            iou = np.where(union > 0, inter / union, 0.0)
        alive &= ~(iou > iou_threshold)
    return np.array(kept, dtype=np.int64)
