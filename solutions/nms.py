"""Reference solution of the nms kata."""

import numpy as np


def nms(boxes: np.ndarray, scores: np.ndarray, iou_threshold: float) -> np.ndarray:
    """Greedy non-maximum suppression, as torchvision.ops.nms.

    Goes through the boxes by descending score (equal scores: lower index first) and
    keeps a box unless its IoU with a box already kept is > iou_threshold. The IoU is
    the iou kata's: continuous coordinates, a box with x2 <= x1 or y2 <= y1 has area 0,
    and a zero union gives 0. Source: torchvision.ops.nms's documentation ("discards
    all overlapping boxes with IoU > iou_threshold"; "indices of the elements that
    have been kept by NMS, sorted in decreasing order of scores").

    Parameters
    ----------
    boxes : ndarray of shape (n, 4)
        Boxes [x1, y1, x2, y2]; n may be 0.
    scores : ndarray of shape (n,)
    iou_threshold : float
        In [0, 1]; not checked, as in torchvision. Nothing raises.

    Returns
    -------
    ndarray of shape (k,), int64
        Indices of the kept boxes, highest score first.
    """
    x1, y1, x2, y2 = np.asarray(boxes).T
    areas = np.maximum(x2 - x1, 0) * np.maximum(y2 - y1, 0)
    # Candidates still in play, best first; each round keeps the first one and drops the
    # others that overlap it, so a dropped box never drops anything.
    remaining = np.argsort(-np.asarray(scores), kind="stable")
    kept = []
    while remaining.size > 0:
        best, rest = remaining[0], remaining[1:]
        kept.append(best)
        width = np.minimum(x2[best], x2[rest]) - np.maximum(x1[best], x1[rest])
        height = np.minimum(y2[best], y2[rest]) - np.maximum(y1[best], y1[rest])
        intersection = np.maximum(width, 0) * np.maximum(height, 0)
        union = areas[best] + areas[rest] - intersection
        iou = np.divide(intersection, union, out=np.zeros_like(union), where=union > 0)
        remaining = rest[iou <= iou_threshold]
    return np.array(kept, dtype=np.int64)
