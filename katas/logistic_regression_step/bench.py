"""Bench input of the logistic_regression_step kata: size examples of 32 features, mid-training."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    X = rng.normal(size=(size, 32))
    y = (rng.random(size) < 0.5).astype(np.float64)
    w = rng.normal(scale=0.5, size=32)
    return (X, y, w, 0.1, 0.05), {"l2": 0.01}
