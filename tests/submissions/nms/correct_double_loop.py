"""Correct but unvectorised: torchvision's C++ loop written in plain Python, one pair at a time."""

import numpy as np

# timed at 10.2-31x the reference at 500 boxes (16 checks, machine loaded, load average 9-11),
# 6.6-23.5x at 300 boxes; max_ratio 5
EXPECTED_STATUS = "slow"


def nms(boxes, scores, iou_threshold):
    rows = boxes.tolist()
    order = sorted(range(len(rows)), key=lambda i: -scores[i])  # sorted() is stable
    suppressed = [False] * len(rows)
    kept = []
    for a, i in enumerate(order):
        if suppressed[i]:
            continue
        kept.append(i)
        ix1, iy1, ix2, iy2 = rows[i]
        area_i = max(ix2 - ix1, 0.0) * max(iy2 - iy1, 0.0)
        for j in order[a + 1 :]:
            if suppressed[j]:
                continue
            jx1, jy1, jx2, jy2 = rows[j]
            area_j = max(jx2 - jx1, 0.0) * max(jy2 - jy1, 0.0)
            inter = max(min(ix2, jx2) - max(ix1, jx1), 0.0) * max(min(iy2, jy2) - max(iy1, jy1), 0.0)
            union = area_i + area_j - inter
            if union > 0 and inter / union > iou_threshold:
                suppressed[j] = True
    return np.array(kept, dtype=np.int64)
