"""Reference solution of the iou kata."""

import numpy as np


def iou(boxes_a: np.ndarray, boxes_b: np.ndarray) -> np.ndarray:
    """Pairwise intersection over union of two sets of boxes [x1, y1, x2, y2].

    Parameters
    ----------
    boxes_a : ndarray of shape (n, 4)
    boxes_b : ndarray of shape (m, 4)

    Returns
    -------
    ndarray of shape (n, m)
        result[i, j] is the IoU of boxes_a[i] and boxes_b[j], in [0, 1]. A box with
        x2 <= x1 or y2 <= y1 has area 0; a zero union gives 0.
    """
    # Columns of boxes_a as (n, 1), of boxes_b as (m,): every operation below is (n, m).
    ax1, ay1, ax2, ay2 = (column[:, None] for column in np.asarray(boxes_a).T)
    bx1, by1, bx2, by2 = np.asarray(boxes_b).T
    area_a = np.maximum(ax2 - ax1, 0) * np.maximum(ay2 - ay1, 0)
    area_b = np.maximum(bx2 - bx1, 0) * np.maximum(by2 - by1, 0)
    width = np.minimum(ax2, bx2) - np.maximum(ax1, bx1)
    height = np.minimum(ay2, by2) - np.maximum(ay1, by1)
    intersection = np.maximum(width, 0) * np.maximum(height, 0)
    union = area_a + area_b - intersection
    # A zero union means a zero intersection too: dividing by 1 there gives 0, not NaN.
    union[union <= 0] = 1
    return intersection / union
