"""Bench input of the ab_test kata: two groups of size visitors, converting at about 10% and 11%."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (int(rng.binomial(size, 0.10)), size, int(rng.binomial(size, 0.11)), size), {}
