"""The old pixel convention: widths and heights are x2 - x1 + 1, so touching boxes overlap."""

import numpy as np

MISTAKES = "plus_one_in_widths_and_heights"


def iou(boxes_a, boxes_b):
    a = boxes_a[:, None, :]
    b = boxes_b[None, :, :]
    area_a = (a[..., 2] - a[..., 0] + 1).clip(0) * (a[..., 3] - a[..., 1] + 1).clip(0)
    area_b = (b[..., 2] - b[..., 0] + 1).clip(0) * (b[..., 3] - b[..., 1] + 1).clip(0)
    width = (np.minimum(a[..., 2], b[..., 2]) - np.maximum(a[..., 0], b[..., 0]) + 1).clip(0)
    height = (np.minimum(a[..., 3], b[..., 3]) - np.maximum(a[..., 1], b[..., 1]) + 1).clip(0)
    intersection = width * height
    union = area_a + area_b - intersection
    return np.divide(intersection, union, out=np.zeros(union.shape), where=union > 0)
