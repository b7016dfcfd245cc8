"""Hides the lower triangle below the diagonal: each query sees itself and the future."""

import math

import numpy as np

MISTAKES = "causal_mask_transposed"


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    N, L, d_model = x.shape
    if n_heads < 1 or d_model % n_heads != 0:
        raise ValueError("n_heads must divide d_model")
    d_head = d_model // n_heads
    q = (x @ Wq).reshape(N, L, n_heads, d_head).transpose(0, 2, 1, 3)
    k = (x @ Wk).reshape(N, L, n_heads, d_head).transpose(0, 2, 1, 3)
    v = (x @ Wv).reshape(N, L, n_heads, d_head).transpose(0, 2, 1, 3)
    scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(d_head)
    if causal:
        hidden = np.tril(np.ones((L, L), dtype=bool), k=-1)
        scores[..., hidden] = -np.inf
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return (weights @ v).transpose(0, 2, 1, 3).reshape(N, L, d_model) @ Wo
