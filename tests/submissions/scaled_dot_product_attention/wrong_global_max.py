"""Subtle: sums per query row but subtracts one max of all the scores, so a query whose scores
are all far below it underflows to 0/0 = NaN."""

import numpy as np

MISTAKES = "one_max_for_all_the_scores"


def scaled_dot_product_attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    e = np.exp(scores - np.max(scores))
    return e / e.sum(axis=-1, keepdims=True) @ V
