"""Uses PyTorch's nn.Linear layout, x @ W.T, for every projection."""

import math

import numpy as np

MISTAKES = "weights_transposed"


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    N, L, d_model = x.shape
    if n_heads < 1 or d_model % n_heads != 0:
        raise ValueError("n_heads must divide d_model")
    d_head = d_model // n_heads
    split = lambda t: t.reshape(N, L, n_heads, d_head).swapaxes(1, 2)  # noqa: E731
    q, k, v = split(x @ Wq.T), split(x @ Wk.T), split(x @ Wv.T)
    scores = q @ k.swapaxes(-1, -2) / math.sqrt(d_head)
    if causal:
        scores = np.where(np.tri(L, dtype=bool), scores, -np.inf)
    w = np.exp(scores - scores.max(-1, keepdims=True))
    w = w / w.sum(-1, keepdims=True)
    return (w @ v).swapaxes(1, 2).reshape(N, L, d_model) @ Wo.T
