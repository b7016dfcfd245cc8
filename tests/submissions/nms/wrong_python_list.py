"""Returns the Python list of kept indices."""

import numpy as np

MISTAKES = "python_list"


def nms(boxes, scores, iou_threshold):
    x1, y1, x2, y2 = boxes.T
    areas = np.maximum(x2 - x1, 0) * np.maximum(y2 - y1, 0)
    order = np.argsort(-scores, kind="stable")
    keep = []
    while order.size:
        i, rest = order[0], order[1:]
        keep.append(int(i))
        w = np.maximum(np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest]), 0)
        h = np.maximum(np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]), 0)
        union = areas[i] + areas[rest] - w * h
        iou = np.divide(w * h, union, out=np.zeros_like(union), where=union > 0)
        order = rest[iou <= iou_threshold]
    return keep
