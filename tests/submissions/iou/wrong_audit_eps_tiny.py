"""Wrong: divides by union + np.finfo(float).tiny (an "epsilon" in the union); catalog: "the exact ratio, no epsilon in the union" (differs only for unions near 1e-300)."""

# From a blind audit: written without reading the hidden tests, accepted by them at first.
MISTAKES = "epsilon_in_the_union"
import numpy as np
def iou(boxes_a, boxes_b):
    a = boxes_a[:, None, :]; b = boxes_b[None, :, :]
    w = np.clip(np.minimum(a[..., 2], b[..., 2]) - np.maximum(a[..., 0], b[..., 0]), 0, None)
    h = np.clip(np.minimum(a[..., 3], b[..., 3]) - np.maximum(a[..., 1], b[..., 1]), 0, None)
    inter = w * h
    area = lambda x: np.clip(x[..., 2] - x[..., 0], 0, None) * np.clip(x[..., 3] - x[..., 1], 0, None)
    union = area(a) + area(b) - inter
    return inter / (union + np.finfo(np.float64).tiny)
