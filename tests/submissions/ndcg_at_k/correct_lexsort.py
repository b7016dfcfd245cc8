"""Correct: np.lexsort by (-score, index) states the tie rule outright."""

import numpy as np


def ndcg_at_k(relevance, scores, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    if len(relevance) != len(scores):
        raise ValueError("relevance and scores differ in length")
    n = len(scores)
    order = np.lexsort((np.arange(n), -scores))  # the last key sorts first
    k = min(k, n)
    discounts = 1.0 / np.log2(np.arange(k) + 2.0)
    ideal = np.sum(-np.sort(-relevance)[:k] * discounts)
    if ideal == 0:
        return 0.0
    return float(np.sum(relevance[order[:k]] * discounts) / ideal)
