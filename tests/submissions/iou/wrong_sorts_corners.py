"""Subtle: "repairs" inverted boxes by sorting each box's x and y corners, so an inverted box
becomes a valid one and overlaps others; valid and flat boxes come out right."""

import numpy as np

MISTAKES = "inverted_boxes_reordered"


def _normalised(boxes):
    x1 = np.minimum(boxes[:, 0], boxes[:, 2])
    x2 = np.maximum(boxes[:, 0], boxes[:, 2])
    y1 = np.minimum(boxes[:, 1], boxes[:, 3])
    y2 = np.maximum(boxes[:, 1], boxes[:, 3])
    return x1, y1, x2, y2


def iou(boxes_a, boxes_b):
    ax1, ay1, ax2, ay2 = _normalised(boxes_a)
    bx1, by1, bx2, by2 = _normalised(boxes_b)
    w = np.clip(np.minimum.outer(ax2, bx2) - np.maximum.outer(ax1, bx1), 0, None)
    h = np.clip(np.minimum.outer(ay2, by2) - np.maximum.outer(ay1, by1), 0, None)
    inter = w * h
    union = np.add.outer((ax2 - ax1) * (ay2 - ay1), (bx2 - bx1) * (by2 - by1)) - inter
    result = np.zeros(union.shape)
    positive = union > 0
    result[positive] = inter[positive] / union[positive]
    return result
