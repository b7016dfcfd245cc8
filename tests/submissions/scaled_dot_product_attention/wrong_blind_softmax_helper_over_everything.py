"""Wrong: transposes K correctly, but its softmax helper (written like the cheat sheet's) takes
one max and one sum over the whole score array, so the weights of all queries share one sum."""

import numpy as np

MISTAKES = "one_softmax_over_all_the_scores"


def softmax(x):
    e = np.exp(x - x.max())
    return e / e.sum()


def scaled_dot_product_attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    return softmax(scores) @ V
