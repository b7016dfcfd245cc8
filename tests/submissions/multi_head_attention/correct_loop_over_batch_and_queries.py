"""One sequence and one query position at a time, all heads together: right, but slow."""

import math

import numpy as np

EXPECTED_STATUS = "slow"


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    N, L, d_model = x.shape
    if n_heads < 1 or d_model % n_heads != 0:
        raise ValueError("n_heads must be positive and divide d_model")
    d_head = d_model // n_heads
    out = np.empty(x.shape, dtype=np.result_type(x, Wq, Wk, Wv, Wo))
    for n in range(N):
        q = (x[n] @ Wq).reshape(L, n_heads, d_head)
        k = (x[n] @ Wk).reshape(L, n_heads, d_head)
        v = (x[n] @ Wv).reshape(L, n_heads, d_head)
        for i in range(L):
            seen = i + 1 if causal else L
            scores = np.einsum("hd,jhd->hj", q[i], k[:seen]) / math.sqrt(d_head)
            weights = np.exp(scores - scores.max(axis=1, keepdims=True))
            weights /= weights.sum(axis=1, keepdims=True)
            out[n, i] = np.einsum("hj,jhd->hd", weights, v[:seen]).reshape(d_model) @ Wo
    return out
