"""Bench input of the variance kata: a (size, 1000) array of data with a large offset, along axis 1."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (1e6 + rng.normal(size=(size, 1000)),), {"axis": 1, "ddof": 1}
