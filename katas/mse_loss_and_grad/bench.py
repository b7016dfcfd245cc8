"""Bench input of the mse_loss_and_grad kata: size samples of 32 features, a random linear model."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    X = rng.normal(size=(size, 32))
    w = rng.normal(size=32)
    y = X @ rng.normal(size=32) + rng.normal(size=size)
    return (X, y, w, 0.5), {}
