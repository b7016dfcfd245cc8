"""Stacks one row per box of boxes_a: np.stack of no rows raises on an empty boxes_a."""

import numpy as np

MISTAKES = "rows_stacked_for_no_boxes"


def _one_against_many(box, boxes):
    width = np.maximum(np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0]), 0)
    height = np.maximum(np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1]), 0)
    intersection = width * height
    area = max(box[2] - box[0], 0) * max(box[3] - box[1], 0)
    areas = np.maximum(boxes[:, 2] - boxes[:, 0], 0) * np.maximum(boxes[:, 3] - boxes[:, 1], 0)
    union = area + areas - intersection
    return np.divide(intersection, union, out=np.zeros(union.shape), where=union > 0)


def iou(boxes_a, boxes_b):
    return np.stack([_one_against_many(box, boxes_b) for box in boxes_a])
