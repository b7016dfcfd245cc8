"""Reimplements sklearn.metrics.ndcg_score faithfully, tie averaging included."""

import numpy as np

MISTAKES = "tied_scores_averaged"


def ndcg_at_k(relevance, scores, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    if relevance.shape != scores.shape:
        raise ValueError("shapes differ")
    n = len(relevance)
    discount = 1.0 / np.log2(np.arange(n) + 2)
    discount[k:] = 0.0
    discount_cumsum = np.cumsum(discount)
    _, inv, counts = np.unique(-scores, return_inverse=True, return_counts=True)
    ranked = np.zeros(len(counts))
    np.add.at(ranked, inv, relevance)
    ranked /= counts
    groups = np.cumsum(counts) - 1
    discount_sums = np.empty(len(counts))
    discount_sums[0] = discount_cumsum[groups[0]]
    discount_sums[1:] = np.diff(discount_cumsum[groups])
    dcg = (ranked * discount_sums).sum()
    idcg = np.sort(relevance)[::-1] @ discount
    return float(dcg / idcg) if idcg > 0 else 0.0
