"""Exponentiates the raw scores: right for small scores, inf/inf = NaN for large ones."""

import math

import numpy as np

MISTAKES = "no_max_shift"


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    N, L, d_model = x.shape
    if n_heads < 1 or d_model % n_heads != 0:
        raise ValueError("n_heads must divide d_model")
    d_head = d_model // n_heads
    heads = []
    for h in range(n_heads):
        cols = slice(h * d_head, (h + 1) * d_head)
        q, k, v = x @ Wq[:, cols], x @ Wk[:, cols], x @ Wv[:, cols]
        e = np.exp(q @ k.transpose(0, 2, 1) / math.sqrt(d_head))
        if causal:
            e = np.where(np.tri(L, dtype=bool), e, 0.0)
        heads.append(e / e.sum(axis=-1, keepdims=True) @ v)
    return np.concatenate(heads, axis=-1) @ Wo
