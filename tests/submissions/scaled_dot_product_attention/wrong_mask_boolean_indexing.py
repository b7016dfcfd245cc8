"""Subtle: masks with boolean indexing, which only works when the mask has the scores' full
shape; a (L_q, L_k) mask on batched inputs or a (..., 1, L_k) padding mask raises IndexError."""

import numpy as np

MISTAKES = "mask_by_boolean_indexing"


def scaled_dot_product_attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores[~mask] = -np.inf
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True) @ V
