"""Subtle: ranks with np.argsort(scores)[::-1]. Right whenever no two scores tie, as on
random float scores; tied items come out in the wrong order."""

import numpy as np

MISTAKES = "ties_to_the_higher_index"


def ndcg_at_k(relevance, scores, k):
    if k < 1:
        raise ValueError("k must be positive")
    if len(relevance) != len(scores):
        raise ValueError("length mismatch")
    k = min(k, len(scores))
    order = np.argsort(scores)[::-1][:k]
    discounts = np.log2(np.arange(k) + 2)
    dcg = np.sum(relevance[order] / discounts)
    idcg = np.sum(np.sort(relevance)[::-1][:k] / discounts)
    if idcg == 0:
        return 0.0
    return float(dcg / idcg)
