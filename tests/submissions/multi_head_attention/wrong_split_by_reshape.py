"""Reshapes (N, L, d_model) straight to (N, n_heads, L, d_head): positions leak across heads."""

import math

import numpy as np

MISTAKES = "heads_split_by_reshape_without_transpose"


def softmax(z):
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    N, L, d_model = x.shape
    if n_heads < 1 or d_model % n_heads != 0:
        raise ValueError("n_heads must divide d_model")
    d_head = d_model // n_heads
    Q = (x @ Wq).reshape(N, n_heads, L, d_head)
    K = (x @ Wk).reshape(N, n_heads, L, d_head)
    V = (x @ Wv).reshape(N, n_heads, L, d_head)
    scores = Q @ K.transpose(0, 1, 3, 2) / math.sqrt(d_head)
    if causal:
        mask = np.triu(np.ones((L, L), dtype=bool), k=1)
        scores = np.where(mask, -np.inf, scores)
    out = softmax(scores) @ V
    return out.reshape(N, L, d_model) @ Wo
