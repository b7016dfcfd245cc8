"""Bench input of the soft_threshold kata: a weight matrix of shape (size, 1000), lam 0.5."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (rng.normal(size=(size, 1000)), 0.5), {}
