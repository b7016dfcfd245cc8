"""Subtle: adds 1e-9 to the union to avoid 0/0; right for ordinary boxes, wrong for tiny ones."""

import numpy as np

MISTAKES = "epsilon_in_the_union"


def iou(boxes_a, boxes_b):
    a = boxes_a[:, None, :]
    b = boxes_b[None, :, :]
    area_a = np.maximum(a[..., 2] - a[..., 0], 0) * np.maximum(a[..., 3] - a[..., 1], 0)
    area_b = np.maximum(b[..., 2] - b[..., 0], 0) * np.maximum(b[..., 3] - b[..., 1], 0)
    width = np.maximum(np.minimum(a[..., 2], b[..., 2]) - np.maximum(a[..., 0], b[..., 0]), 0)
    height = np.maximum(np.minimum(a[..., 3], b[..., 3]) - np.maximum(a[..., 1], b[..., 1]), 0)
    intersection = width * height
    return intersection / (area_a + area_b - intersection + 1e-9)
