"""Subtle: treats a union below 1e-9 as zero, so tiny boxes get IoU 0."""

import numpy as np

MISTAKES = "union_below_a_threshold_taken_as_zero"


def iou(boxes_a, boxes_b):
    a = boxes_a[:, None, :]
    b = boxes_b[None, :, :]
    area_a = np.maximum(a[..., 2] - a[..., 0], 0) * np.maximum(a[..., 3] - a[..., 1], 0)
    area_b = np.maximum(b[..., 2] - b[..., 0], 0) * np.maximum(b[..., 3] - b[..., 1], 0)
    width = np.maximum(np.minimum(a[..., 2], b[..., 2]) - np.maximum(a[..., 0], b[..., 0]), 0)
    height = np.maximum(np.minimum(a[..., 3], b[..., 3]) - np.maximum(a[..., 1], b[..., 1]), 0)
    intersection = width * height
    union = area_a + area_b - intersection
    big_enough = union > 1e-9
    return np.divide(intersection, union, out=np.zeros(union.shape), where=big_enough)
