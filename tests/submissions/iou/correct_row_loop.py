"""Correct: one Python loop over the boxes of boxes_a, vectorised over boxes_b."""

import numpy as np

EXPECTED_STATUS = ("pass", "slow")  # 4.7-7.3x against max_ratio 6 (timing_fidelity --stability 10)


def iou(boxes_a, boxes_b):
    areas_b = np.maximum(boxes_b[:, 2] - boxes_b[:, 0], 0) * np.maximum(boxes_b[:, 3] - boxes_b[:, 1], 0)
    result = np.zeros((len(boxes_a), len(boxes_b)))
    for i, (x1, y1, x2, y2) in enumerate(boxes_a):
        area = max(x2 - x1, 0.0) * max(y2 - y1, 0.0)
        width = np.clip(np.minimum(x2, boxes_b[:, 2]) - np.maximum(x1, boxes_b[:, 0]), 0, None)
        height = np.clip(np.minimum(y2, boxes_b[:, 3]) - np.maximum(y1, boxes_b[:, 1]), 0, None)
        intersection = width * height
        union = area + areas_b - intersection
        positive = union > 0
        result[i, positive] = intersection[positive] / union[positive]
    return result
