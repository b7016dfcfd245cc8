"""Loops over the heads and prepends each one's output: the heads end up in reverse order."""

import math

import numpy as np

MISTAKES = "heads_concatenated_in_reverse_order"


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    N, L, d_model = x.shape
    if n_heads < 1 or d_model % n_heads != 0:
        raise ValueError("n_heads must divide d_model")
    d_head = d_model // n_heads
    Q, K, V = x @ Wq, x @ Wk, x @ Wv
    out = np.zeros((N, L, 0), dtype=x.dtype)
    for h in range(n_heads):
        cols = slice(h * d_head, (h + 1) * d_head)
        s = Q[..., cols] @ K[..., cols].transpose(0, 2, 1) / math.sqrt(d_head)
        if causal:
            s = s + np.triu(np.full((L, L), -np.inf), 1)
        s = np.exp(s - s.max(axis=2, keepdims=True))
        s = s / s.sum(axis=2, keepdims=True)
        out = np.concatenate([s @ V[..., cols], out], axis=-1)
    return out @ Wo
