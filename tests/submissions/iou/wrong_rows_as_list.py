"""Builds the matrix from a list of rows: no boxes in boxes_a gives shape (0,), not (0, m)."""

import numpy as np

MISTAKES = "rows_from_a_python_list"


def _one_against_many(box, boxes):
    width = np.maximum(np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0]), 0)
    height = np.maximum(np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1]), 0)
    intersection = width * height
    area = max(box[2] - box[0], 0) * max(box[3] - box[1], 0)
    areas = np.maximum(boxes[:, 2] - boxes[:, 0], 0) * np.maximum(boxes[:, 3] - boxes[:, 1], 0)
    union = area + areas - intersection
    return np.divide(intersection, union, out=np.zeros(union.shape), where=union > 0)


def iou(boxes_a, boxes_b):
    return np.array([_one_against_many(box, boxes_b) for box in boxes_a])
