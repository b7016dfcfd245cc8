"""Correct: a stable ascending sort of the reversed scores, read backwards, ranks the highest
score first with ties in index order (the reversal undoes itself on ties)."""

import numpy as np


def ndcg_at_k(relevance, scores, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    if relevance.shape != scores.shape:
        raise ValueError("relevance and scores differ in shape")
    n = scores.size
    order = (n - 1 - np.argsort(scores[::-1], kind="stable"))[::-1]
    top = order[:k]
    positions = np.arange(1, top.size + 1)
    gains = relevance[top] / np.log2(positions + 1)
    best = np.sort(relevance)[::-1][: top.size] / np.log2(positions + 1)
    return float(gains.sum() / best.sum()) if best.sum() > 0 else 0.0
