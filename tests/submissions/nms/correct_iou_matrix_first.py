"""Correct: the IoU matrix of the boxes in score order first, then one pass that marks suppressed boxes."""

import numpy as np


def nms(boxes, scores, iou_threshold):
    order = np.argsort(-scores, kind="stable")
    x1, y1, x2, y2 = (boxes[order, k] for k in range(4))
    area = np.clip(x2 - x1, 0, None) * np.clip(y2 - y1, 0, None)
    width = np.clip(np.minimum.outer(x2, x2) - np.maximum.outer(x1, x1), 0, None)
    height = np.clip(np.minimum.outer(y2, y2) - np.maximum.outer(y1, y1), 0, None)
    inter = width * height
    union = area[:, None] + area[None, :] - inter
    overlaps = np.divide(inter, union, out=np.zeros_like(union), where=union > 0) > iou_threshold
    suppressed = np.zeros(len(order), dtype=bool)
    kept = []
    for position in range(len(order)):
        if not suppressed[position]:
            kept.append(position)
            suppressed |= overlaps[position]
    return order[np.array(kept, dtype=np.int64)]
