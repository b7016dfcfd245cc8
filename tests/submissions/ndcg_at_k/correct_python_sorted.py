"""Correct but slow: Python's sorted with the key (-score, index), and a loop for each DCG."""

import math

EXPECTED_STATUS = "slow"


def ndcg_at_k(relevance, scores, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    if len(relevance) != len(scores):
        raise ValueError("relevance and scores differ in length")
    rel, sc = relevance.tolist(), scores.tolist()
    order = sorted(range(len(sc)), key=lambda i: (-sc[i], i))[:k]
    ideal_order = sorted(rel, reverse=True)[:k]
    dcg = sum(rel[i] / math.log2(position + 2) for position, i in enumerate(order))
    ideal = sum(r / math.log2(position + 2) for position, r in enumerate(ideal_order))
    return dcg / ideal if ideal > 0 else 0.0
