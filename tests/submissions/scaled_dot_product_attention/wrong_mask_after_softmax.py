"""Subtle: zeroes the masked weights after the softmax without renormalising. Masked keys do
get weight 0 and no-mask inputs are right, but a masked row no longer sums to 1."""

import numpy as np

MISTAKES = "mask_applied_after_the_softmax"


def scaled_dot_product_attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = e / e.sum(axis=-1, keepdims=True)
    if mask is not None:
        weights = weights * mask
    return weights @ V
