"""Heads as an axis of a 4-D view (N, L, h, d_head), contracted with einsum: no transposes."""

import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    N, L, d_model = x.shape
    if n_heads < 1:
        raise ValueError("n_heads must be at least 1")
    if d_model % n_heads:
        raise ValueError("n_heads must divide d_model")
    d_head = d_model // n_heads
    q, k, v = ((x @ W).reshape(N, L, n_heads, d_head) for W in (Wq, Wk, Wv))
    scores = np.einsum("nihd,njhd->nhij", q, k, optimize=True) * d_head**-0.5
    if causal:
        scores[..., ~np.tri(L, dtype=bool)] = -np.inf
    scores -= scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    heads = np.einsum("nhij,njhd->nihd", weights, v, optimize=True)
    return heads.reshape(N, L, d_model) @ Wo
