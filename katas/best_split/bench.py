"""Bench input of the best_split kata: size samples of one feature, three classes."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    x = rng.normal(size=size)
    y = np.digitize(x + rng.normal(scale=0.7, size=size), [-0.5, 0.5])
    return (x, y), {}
