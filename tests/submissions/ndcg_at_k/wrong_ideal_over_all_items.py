"""The ideal DCG over every item (no cutoff): NDCG@k comes out too small."""

import numpy as np

MISTAKES = "ideal_over_all_items"


def ndcg_at_k(relevance, scores, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    if relevance.shape != scores.shape:
        raise ValueError("shapes differ")
    order = np.argsort(-scores, kind="stable")
    discounts = 1.0 / np.log2(np.arange(2, len(order) + 2))
    dcg = relevance[order[:k]] @ discounts[:k]
    ideal = np.sort(relevance)[::-1] @ discounts
    return float(dcg / ideal) if ideal > 0 else 0.0
