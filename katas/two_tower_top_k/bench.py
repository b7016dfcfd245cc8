"""Bench input of the two_tower_top_k kata: 4 users and size items of dimension 16, k = 10."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (rng.normal(size=(4, 16)), rng.normal(size=(size, 16)), 10), {}
