"""Correct: torchvision's corner arrays of shape (n, m, 2), with areas clamped at 0."""

import numpy as np


def _areas(boxes):
    return np.prod(np.clip(boxes[:, 2:] - boxes[:, :2], 0, None), axis=1)


def iou(boxes_a, boxes_b):
    top_left = np.maximum(boxes_a[:, None, :2], boxes_b[None, :, :2])
    bottom_right = np.minimum(boxes_a[:, None, 2:], boxes_b[None, :, 2:])
    intersection = np.prod(np.clip(bottom_right - top_left, 0, None), axis=2)
    union = _areas(boxes_a)[:, None] + _areas(boxes_b)[None, :] - intersection
    result = np.zeros_like(intersection)
    np.divide(intersection, union, out=result, where=union > 0)
    return result
