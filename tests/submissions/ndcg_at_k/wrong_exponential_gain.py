"""The textbook's other NDCG: gain 2^rel - 1, and no guard for an ideal DCG of 0."""

import numpy as np

MISTAKES = ("exponential_gain", "nan_when_nothing_is_relevant")


def ndcg_at_k(relevance, scores, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    if relevance.shape != scores.shape:
        raise ValueError("shapes differ")
    top = np.argsort(-scores, kind="stable")[:k]
    discounts = np.log2(np.arange(2, len(top) + 2))
    dcg = np.sum((2.0 ** relevance[top] - 1) / discounts)
    idcg = np.sum((2.0 ** np.sort(relevance)[::-1][: len(top)] - 1) / discounts)
    return float(dcg / idcg)
