"""Splits the heads right but merges them with a bare reshape, without moving the head axis back."""

import math

import numpy as np

MISTAKES = "heads_merged_without_transpose"


def softmax(z):
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    N, L, d_model = x.shape
    if n_heads < 1 or d_model % n_heads != 0:
        raise ValueError("n_heads must divide d_model")
    d_head = d_model // n_heads
    Q = (x @ Wq).reshape(N, L, n_heads, d_head).transpose(0, 2, 1, 3)
    K = (x @ Wk).reshape(N, L, n_heads, d_head).transpose(0, 2, 1, 3)
    V = (x @ Wv).reshape(N, L, n_heads, d_head).transpose(0, 2, 1, 3)
    scores = Q @ K.transpose(0, 1, 3, 2) / math.sqrt(d_head)
    if causal:
        mask = np.triu(np.ones((L, L), dtype=bool), k=1)
        scores = np.where(mask, -np.inf, scores)
    out = softmax(scores) @ V  # (N, n_heads, L, d_head)
    return out.reshape(N, L, d_model) @ Wo
