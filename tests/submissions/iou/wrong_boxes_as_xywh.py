"""Reads each box as [x, y, w, h] (COCO's format), so the corners it uses are not the given ones."""

import numpy as np

MISTAKES = "boxes_read_as_x_y_width_height"


def iou(boxes_a, boxes_b):
    x_a, y_a, w_a, h_a = np.split(boxes_a, 4, axis=1)  # (n, 1) each
    x_b, y_b, w_b, h_b = boxes_b.T  # (m,) each
    left = np.maximum(x_a, x_b)
    top = np.maximum(y_a, y_b)
    right = np.minimum(x_a + w_a, x_b + w_b)
    bottom = np.minimum(y_a + h_a, y_b + h_b)
    inter = np.maximum(right - left, 0.0) * np.maximum(bottom - top, 0.0)
    union = np.maximum(w_a, 0.0) * np.maximum(h_a, 0.0) + np.maximum(w_b, 0.0) * np.maximum(h_b, 0.0) - inter
    return np.where(union > 0, inter / np.where(union > 0, union, 1.0), 0.0)
