"""Bench input of the sgd_step kata: a (size, 1000) weight matrix, its gradient, with weight decay."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    shape = (size, 1000)
    return (rng.normal(size=shape), rng.normal(size=shape), 0.01), {"weight_decay": 1e-4}
