"""Subtle: clamps the intersection's area at 0 instead of its width and height.

For boxes apart in both x and y, the two negative overlaps multiply to a positive
"intersection". Overlapping boxes, and boxes apart in one direction only, come out right.
"""

import numpy as np

MISTAKES = "intersection_clamped_after_multiplying"


def iou(boxes_a, boxes_b):
    a = boxes_a[:, None, :]
    b = boxes_b[None, :, :]
    area_a = np.maximum(a[..., 2] - a[..., 0], 0) * np.maximum(a[..., 3] - a[..., 1], 0)
    area_b = np.maximum(b[..., 2] - b[..., 0], 0) * np.maximum(b[..., 3] - b[..., 1], 0)
    width = np.minimum(a[..., 2], b[..., 2]) - np.maximum(a[..., 0], b[..., 0])
    height = np.minimum(a[..., 3], b[..., 3]) - np.maximum(a[..., 1], b[..., 1])
    intersection = np.maximum(width * height, 0)
    union = area_a + area_b - intersection
    return np.divide(intersection, union, out=np.zeros(union.shape), where=union > 0)
