"""Bench input of the dropout kata: activations of shape (size, 1000), p = 0.3, a seeded rng."""

import numpy as np

from harness.wire import SeededRng


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (rng.normal(size=(size, 1000)), 0.3, SeededRng(int(rng.integers(2**31)))), {}
