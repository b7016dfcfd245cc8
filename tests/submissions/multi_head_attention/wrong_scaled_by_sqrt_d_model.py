"""Divides every head's scores by sqrt(d_model), the cheat sheet's d_k read as the model width."""

import numpy as np

MISTAKES = "scaled_by_the_square_root_of_d_model"


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    N, L, d_model = x.shape
    if n_heads < 1 or d_model % n_heads:
        raise ValueError("n_heads must divide d_model")
    d_head = d_model // n_heads
    q = (x @ Wq).reshape(N, L, n_heads, d_head)
    k = (x @ Wk).reshape(N, L, n_heads, d_head)
    v = (x @ Wv).reshape(N, L, n_heads, d_head)
    scores = np.einsum("nihd,njhd->nhij", q, k) / np.sqrt(d_model)
    if causal:
        scores = np.where(np.tril(np.ones((L, L), dtype=bool)), scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    w = np.exp(scores)
    w /= w.sum(axis=-1, keepdims=True)
    out = np.einsum("nhij,njhd->nihd", w, v).reshape(N, L, d_model)
    return out @ Wo
