"""Masks by multiplying the scores by the mask: a masked score becomes 0, and exp(0) > 0."""

import numpy as np

MISTAKES = "mask_multiplies_the_scores"


def scaled_dot_product_attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = scores * mask
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True) @ V
