"""Correct: divides everywhere with warnings silenced, then puts 0 where the union is 0."""

import numpy as np


def iou(boxes_a, boxes_b):
    x1 = np.maximum.outer(boxes_a[:, 0], boxes_b[:, 0])
    y1 = np.maximum.outer(boxes_a[:, 1], boxes_b[:, 1])
    x2 = np.minimum.outer(boxes_a[:, 2], boxes_b[:, 2])
    y2 = np.minimum.outer(boxes_a[:, 3], boxes_b[:, 3])
    intersection = (x2 - x1).clip(min=0) * (y2 - y1).clip(min=0)
    area_a = (boxes_a[:, 2] - boxes_a[:, 0]).clip(min=0) * (boxes_a[:, 3] - boxes_a[:, 1]).clip(min=0)
    area_b = (boxes_b[:, 2] - boxes_b[:, 0]).clip(min=0) * (boxes_b[:, 3] - boxes_b[:, 1]).clip(min=0)
    union = np.add.outer(area_a, area_b) - intersection
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = intersection / union
    return np.where(union > 0, ratio, 0.0)
