"""Multiplies the overlap's width and height without clamping either: boxes apart in one
direction get a negative IoU, boxes apart in both a positive one."""

import numpy as np

MISTAKES = "overlap_not_clamped"


def iou(boxes_a, boxes_b):
    a = boxes_a[:, np.newaxis, :]
    b = boxes_b[np.newaxis, :, :]
    overlap = np.minimum(a[..., 2:], b[..., 2:]) - np.maximum(a[..., :2], b[..., :2])
    inter = overlap[..., 0] * overlap[..., 1]
    sides_a = np.maximum(a[..., 2:] - a[..., :2], 0)
    sides_b = np.maximum(b[..., 2:] - b[..., :2], 0)
    union = sides_a.prod(axis=-1) + sides_b.prod(axis=-1) - inter
    return np.divide(inter, union, out=np.zeros(union.shape), where=union > 0)
