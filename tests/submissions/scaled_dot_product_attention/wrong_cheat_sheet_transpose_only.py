"""Subtle: the cheat sheet's K.T with a correct row-wise softmax. Right for every unbatched
input; on a batch K.T reverses all the axes, so it raises or mixes up the batch."""

import numpy as np

MISTAKES = "k_transposed_with_dot_t"


def scaled_dot_product_attention(Q, K, V, mask=None):
    scores = Q @ K.T / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True) @ V
