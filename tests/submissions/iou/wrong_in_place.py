"""Right values, but "repairs" inverted boxes by clamping x2 and y2 in the caller's arrays."""

import numpy as np

MISTAKES = "in_place"


def iou(boxes_a, boxes_b):
    for boxes in (boxes_a, boxes_b):
        boxes[:, 2] = np.maximum(boxes[:, 2], boxes[:, 0])
        boxes[:, 3] = np.maximum(boxes[:, 3], boxes[:, 1])
    a = boxes_a[:, None, :]
    b = boxes_b[None, :, :]
    area_a = (a[..., 2] - a[..., 0]) * (a[..., 3] - a[..., 1])
    area_b = (b[..., 2] - b[..., 0]) * (b[..., 3] - b[..., 1])
    width = np.maximum(np.minimum(a[..., 2], b[..., 2]) - np.maximum(a[..., 0], b[..., 0]), 0)
    height = np.maximum(np.minimum(a[..., 3], b[..., 3]) - np.maximum(a[..., 1], b[..., 1]), 0)
    intersection = width * height
    union = area_a + area_b - intersection
    return np.divide(intersection, union, out=np.zeros(union.shape), where=union > 0)
