"""Bench input of the l2_norm kata: the norms of the size rows of a (size, 100) array."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (rng.normal(size=(size, 100)),), {"axis": 1}
