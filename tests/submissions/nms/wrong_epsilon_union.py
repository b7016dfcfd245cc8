"""YOLO's habit: IoU = inter / (union + 1e-7), which drops the IoU of tiny boxes."""

import numpy as np

MISTAKES = "epsilon_in_the_union"


def nms(boxes, scores, iou_threshold):
    x1, y1, x2, y2 = boxes.T
    areas = (x2 - x1).clip(0) * (y2 - y1).clip(0)
    order = np.argsort(-scores, kind="stable")
    keep = []
    while order.size:
        i, rest = order[0], order[1:]
        keep.append(i)
        w = (np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest])).clip(0)
        h = (np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest])).clip(0)
        iou = w * h / (areas[i] + areas[rest] - w * h + 1e-7)
        order = rest[iou <= iou_threshold]
    return np.array(keep, dtype=np.int64)
