"""Subtle: computes in float32 and casts the result back, so the dtype is right but not the digits."""

import numpy as np

MISTAKES = "float32"


def iou(boxes_a, boxes_b):
    a = boxes_a.astype(np.float32)[:, None, :]
    b = boxes_b.astype(np.float32)[None, :, :]
    area_a = np.maximum(a[..., 2] - a[..., 0], 0) * np.maximum(a[..., 3] - a[..., 1], 0)
    area_b = np.maximum(b[..., 2] - b[..., 0], 0) * np.maximum(b[..., 3] - b[..., 1], 0)
    width = np.maximum(np.minimum(a[..., 2], b[..., 2]) - np.maximum(a[..., 0], b[..., 0]), 0)
    height = np.maximum(np.minimum(a[..., 3], b[..., 3]) - np.maximum(a[..., 1], b[..., 1]), 0)
    intersection = width * height
    union = area_a + area_b - intersection
    result = np.zeros(union.shape, dtype=np.float32)
    np.divide(intersection, union, out=result, where=union > 0)
    return result.astype(np.float64)
