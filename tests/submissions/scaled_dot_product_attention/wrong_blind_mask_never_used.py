"""Wrong: computes the masked scores into a new name, then takes the softmax of the unmasked
ones, so the mask never changes anything."""

import numpy as np

MISTAKES = "mask_ignored"


def scaled_dot_product_attention(Q, K, V, mask=None):
    d_k = Q.shape[-1]
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(d_k)
    if mask is not None:
        masked_scores = np.where(mask, scores, -np.inf)  # noqa: F841 - the mistake: never used
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ V
