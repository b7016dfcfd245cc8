"""Wrong: transposes K with fixed axes (0, 2, 1), right only for a 3-D batch; an unbatched K or
one with batch and head dimensions raises."""

import numpy as np

MISTAKES = "k_transposed_with_fixed_axes"


def scaled_dot_product_attention(Q, K, V, mask=None):
    scores = Q @ K.transpose(0, 2, 1) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True) @ V
