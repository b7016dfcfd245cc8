"""All pairs at once: a box is kept when no higher-scored box overlaps it, kept or not."""

import numpy as np

MISTAKES = "suppressed_boxes_also_suppress"


def nms(boxes, scores, iou_threshold):
    order = np.argsort(-scores, kind="stable")
    b = boxes[order]
    x1, y1, x2, y2 = b[:, 0], b[:, 1], b[:, 2], b[:, 3]
    area = np.clip(x2 - x1, 0, None) * np.clip(y2 - y1, 0, None)
    w = np.clip(np.minimum(x2[:, None], x2) - np.maximum(x1[:, None], x1), 0, None)
    h = np.clip(np.minimum(y2[:, None], y2) - np.maximum(y1[:, None], y1), 0, None)
    inter = w * h
    union = area[:, None] + area - inter
    iou = np.divide(inter, union, out=np.zeros_like(union), where=union > 0)
    # iou[i, j] with i above j in the order: j survives when no earlier box overlaps it
    overlapped = np.triu(iou > iou_threshold, k=1).any(axis=0)
    return order[~overlapped]
