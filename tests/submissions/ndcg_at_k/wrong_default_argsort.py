"""Subtle: np.argsort(-scores) with the default, unstable, sort: right without ties."""

import numpy as np

MISTAKES = "unstable_sort_for_ties"


def ndcg_at_k(relevance, scores, k):
    if k < 1:
        raise ValueError("k must be positive")
    if relevance.shape != scores.shape:
        raise ValueError("shapes differ")
    top = np.argsort(-scores)[:k]
    discounts = 1.0 / np.log2(np.arange(len(top)) + 2.0)
    ideal = np.sort(relevance)[::-1][: len(top)]
    idcg = float(ideal @ discounts)
    return float(relevance[top] @ discounts) / idcg if idcg > 0 else 0.0
