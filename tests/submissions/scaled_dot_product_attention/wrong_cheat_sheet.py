"""The cheat sheet's attention: K.T reverses every axis of a batched K, and its softmax
subtracts one max and divides by one sum over the whole score matrix. The mask is applied
the right way, so only the cheat sheet's own mistakes remain."""

import numpy as np

MISTAKES = ("the_cheat_sheets_attention", "k_transposed_with_dot_t", "one_softmax_over_all_the_scores")


def softmax(x):
    e_x = np.exp(x - np.max(x))
    return e_x / e_x.sum()


def scaled_dot_product_attention(Q, K, V, mask=None):
    d_k = Q.shape[-1]
    scores = Q @ K.T / np.sqrt(d_k)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    weights = softmax(scores)
    return weights @ V
