"""Subtle: scales by the square root of d_v (V's width). Right whenever d_v == d_k."""

import numpy as np

MISTAKES = "scaled_by_the_square_root_of_d_v"


def scaled_dot_product_attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(V.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True) @ V
