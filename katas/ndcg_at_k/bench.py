"""Bench input of the ndcg_at_k kata: size items with graded relevance 0-3, the top 100."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    relevance = rng.integers(0, 4, size=size).astype(np.float64)
    scores = relevance + rng.normal(scale=1.5, size=size)
    return (relevance, scores, 100), {}
