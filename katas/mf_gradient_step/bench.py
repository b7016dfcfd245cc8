"""Bench input of the mf_gradient_step kata: size ratings over 300 users and 200 items, k = 16."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    P, Q = rng.normal(scale=0.1, size=(300, 16)), rng.normal(scale=0.1, size=(200, 16))
    users, items = rng.integers(0, 300, size=size), rng.integers(0, 200, size=size)
    return (P, Q, users, items, rng.uniform(1.0, 5.0, size=size), 0.05, 0.01), {}
