"""The textbook softmax with no shift: exp of a score near 1000 overflows to inf, inf/inf is NaN."""

import numpy as np

MISTAKES = "no_max_shift"


def scaled_dot_product_attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    e = np.exp(scores)
    return e / e.sum(axis=-1, keepdims=True) @ V
