"""IoU of box i with box i only: shape (n,) instead of the pairwise (n, m) matrix."""

import numpy as np

MISTAKES = "box_i_with_box_i_only"


def iou(boxes_a, boxes_b):
    a, b = boxes_a, boxes_b
    area_a = np.maximum(a[:, 2] - a[:, 0], 0) * np.maximum(a[:, 3] - a[:, 1], 0)
    area_b = np.maximum(b[:, 2] - b[:, 0], 0) * np.maximum(b[:, 3] - b[:, 1], 0)
    width = np.maximum(np.minimum(a[:, 2], b[:, 2]) - np.maximum(a[:, 0], b[:, 0]), 0)
    height = np.maximum(np.minimum(a[:, 3], b[:, 3]) - np.maximum(a[:, 1], b[:, 1]), 0)
    intersection = width * height
    union = area_a + area_b - intersection
    return np.divide(intersection, union, out=np.zeros(union.shape), where=union > 0)
