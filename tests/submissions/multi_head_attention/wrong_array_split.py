"""Splits with np.array_split and never checks that n_heads divides d_model."""

import math

import numpy as np

MISTAKES = "n_heads_not_dividing_d_model_accepted"


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, causal=False):
    if n_heads < 1:
        raise ValueError("n_heads must be positive")
    L = x.shape[1]
    outputs = []
    for q, k, v in zip(
        np.array_split(x @ Wq, n_heads, axis=2),
        np.array_split(x @ Wk, n_heads, axis=2),
        np.array_split(x @ Wv, n_heads, axis=2),
    ):
        s = q @ np.swapaxes(k, 1, 2) / math.sqrt(q.shape[2])
        if causal:
            s[:, np.triu(np.ones((L, L), dtype=bool), 1)] = -np.inf
        s = np.exp(s - s.max(axis=2, keepdims=True))
        outputs.append(s / s.sum(axis=2, keepdims=True) @ v)
    return np.concatenate(outputs, axis=2) @ Wo
