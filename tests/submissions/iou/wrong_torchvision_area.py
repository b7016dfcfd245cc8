"""A port of torchvision's box_iou: the area of an inverted box is the raw product.

A box with x2 < x1 gets a negative area, which can cancel another box's area and
give 0/0 = NaN. Valid boxes come out right.
"""

import numpy as np

MISTAKES = ("negative_area_of_an_inverted_box", "zero_union_gives_nan")


def iou(boxes_a, boxes_b):
    area_a = (boxes_a[:, 2] - boxes_a[:, 0]) * (boxes_a[:, 3] - boxes_a[:, 1])
    area_b = (boxes_b[:, 2] - boxes_b[:, 0]) * (boxes_b[:, 3] - boxes_b[:, 1])
    top_left = np.maximum(boxes_a[:, None, :2], boxes_b[None, :, :2])
    bottom_right = np.minimum(boxes_a[:, None, 2:], boxes_b[None, :, 2:])
    sides = np.clip(bottom_right - top_left, 0, None)
    intersection = sides[..., 0] * sides[..., 1]
    union = area_a[:, None] + area_b[None, :] - intersection
    with np.errstate(divide="ignore", invalid="ignore"):
        return intersection / union
