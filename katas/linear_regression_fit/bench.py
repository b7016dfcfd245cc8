"""Bench input of the linear_regression_fit kata: size noisy samples of 16 features, l2 = 0.1."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    X = rng.normal(size=(size, 16))
    y = X @ rng.normal(size=16) + 3.0 + rng.normal(size=size)
    return (X, y, 0.1), {}
