"""Bench input of the als_user_update kata: size users, 100 items, k = 8, half the entries observed."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    observed = rng.random((size, 100)) < 0.5
    R = np.where(observed, rng.uniform(1.0, 5.0, size=(size, 100)), 0.0)
    return (R, observed, rng.normal(size=(100, 8)), 0.1), {}
