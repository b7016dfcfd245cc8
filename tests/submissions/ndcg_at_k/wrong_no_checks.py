"""The formula with no checks: k < 1 accepted, k discounts even when k > n (which raises
a broadcast ValueError), lengths never compared."""

import numpy as np

MISTAKES = ("k_below_1_accepted", "k_larger_than_n_not_clipped", "lengths_not_checked")


def ndcg_at_k(relevance, scores, k):
    discounts = 1.0 / np.log2(np.arange(2, k + 2))
    top = np.argsort(-scores, kind="stable")[:k]
    dcg = np.sum(relevance[top] * discounts)
    ideal = np.sum(np.sort(relevance)[::-1][:k] * discounts)
    return float(dcg / ideal) if ideal > 0 else 0.0
