"""PyTorch's layout: one stacked in-projection, an additive -inf mask, weights by log-sum-exp."""

import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    N, L, d_model = x.shape
    if not (n_heads >= 1 and d_model % n_heads == 0):
        raise ValueError(f"cannot split d_model = {d_model} into {n_heads} heads")
    d_head = d_model // n_heads
    qkv = x @ np.concatenate([Wq, Wk, Wv], axis=1)  # (N, L, 3 d_model)
    qkv = qkv.reshape(N, L, 3, n_heads, d_head).transpose(2, 0, 3, 1, 4)  # (3, N, h, L, d_head)
    q, k, v = qkv[0], qkv[1], qkv[2]
    scores = np.matmul(q / np.sqrt(d_head).astype(x.dtype), np.swapaxes(k, -1, -2))
    if causal:
        scores = scores + np.triu(np.full((L, L), -np.inf, dtype=x.dtype), 1)
    top = scores.max(axis=-1, keepdims=True)
    log_norm = top + np.log(np.exp(scores - top).sum(axis=-1, keepdims=True))
    heads = np.exp(scores - log_norm) @ v
    return np.swapaxes(heads, 1, 2).reshape(N, L, d_model) @ Wo
