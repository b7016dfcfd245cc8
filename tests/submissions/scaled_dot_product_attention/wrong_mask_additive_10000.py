"""Subtle: the old BERT trick, adding -10000 to masked scores. Fine for ordinary scores, but a
masked key whose score is more than 10000 above the others still wins."""

import numpy as np

MISTAKES = "minus_10000_added_to_masked_scores"


def scaled_dot_product_attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = scores + (1.0 - mask) * -10000.0
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True) @ V
