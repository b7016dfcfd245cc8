"""Bench input of the scaled_dot_product_attention kata.

Queries, keys and values of shape (4, 4, size, 32) (batch, heads, sequence, width)
with a causal (size, size) mask.
"""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    Q, K, V = (rng.normal(size=(4, 4, size, 32)) for _ in range(3))
    causal = np.tril(np.ones((size, size), dtype=bool))
    return (Q, K, V), {"mask": causal}
