"""Bench input of the momentum_step kata: a (size, 1000) weight matrix, its gradient and velocity."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    shape = (size, 1000)
    return (rng.normal(size=shape), rng.normal(size=shape), rng.normal(size=shape), 0.01), {}
