"""Wrong: the row max and sum drop the key axis (no keepdims), so they broadcast against the
wrong axis: square score matrices mix queries with keys, other shapes raise."""

import numpy as np

MISTAKES = "no_keepdims"


def scaled_dot_product_attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1))
    weights = e / e.sum(axis=-1)
    return weights @ V
