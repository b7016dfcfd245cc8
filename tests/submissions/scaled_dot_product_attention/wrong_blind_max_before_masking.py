"""Subtle: shifts the scores by each row's max before masking, so the max can be a masked key's;
when that masked score is far above the others, every key left underflows to exp = 0 and 0/0 is
NaN. Right whenever the scores are of ordinary size."""

import numpy as np

MISTAKES = "max_taken_before_masking"


def scaled_dot_product_attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    scores = scores - scores.max(axis=-1, keepdims=True)
    e = np.exp(scores)
    if mask is not None:
        e = np.where(mask, e, 0.0)
    return e / e.sum(axis=-1, keepdims=True) @ V
