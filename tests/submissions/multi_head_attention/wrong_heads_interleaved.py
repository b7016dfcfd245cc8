"""Splits the heads with reshape(N, L, d_head, n_heads): head h gets columns h, h + n_heads, ..."""

import math

import numpy as np

MISTAKES = "heads_take_interleaved_columns"


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    N, L, d_model = x.shape
    if n_heads < 1 or d_model % n_heads != 0:
        raise ValueError("bad n_heads")
    d_head = d_model // n_heads

    def heads(t):
        return np.moveaxis(t.reshape(N, L, d_head, n_heads), -1, 1)  # (N, h, L, d_head)

    q, k, v = heads(x @ Wq), heads(x @ Wk), heads(x @ Wv)
    s = q @ k.swapaxes(-1, -2) / math.sqrt(d_head)
    if causal:
        s[..., np.triu_indices(L, 1)[0], np.triu_indices(L, 1)[1]] = -np.inf
    s = np.exp(s - s.max(-1, keepdims=True))
    a = (s / s.sum(-1, keepdims=True)) @ v
    return np.moveaxis(a, 1, -1).reshape(N, L, d_model) @ Wo
