"""One head at a time: each slices its block of columns, attends, and the blocks are concatenated."""

import math

import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    N, L, d_model = x.shape
    if n_heads < 1 or d_model % n_heads != 0:
        raise ValueError("n_heads must be positive and divide d_model")
    d_head = d_model // n_heads
    Q, K, V = x @ Wq, x @ Wk, x @ Wv
    allowed = np.tril(np.ones((L, L), dtype=bool)) if causal else np.ones((L, L), dtype=bool)
    heads = []
    for h in range(n_heads):
        cols = slice(h * d_head, (h + 1) * d_head)
        scores = Q[:, :, cols] @ K[:, :, cols].transpose(0, 2, 1) / math.sqrt(d_head)
        scores = np.where(allowed, scores, -np.inf)
        weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
        weights /= weights.sum(axis=-1, keepdims=True)
        heads.append(weights @ V[:, :, cols])
    return np.concatenate(heads, axis=-1) @ Wo
