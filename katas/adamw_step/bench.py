"""Bench input of the adamw_step kata: a (size, 1000) weight matrix at step 10 of a run."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    theta, grad, first = rng.normal(scale=(1.0, 1.0, 0.5), size=(size, 1000, 3)).transpose(2, 0, 1)
    second = rng.uniform(0.2, 2.0, size=theta.shape)
    return (theta.copy(), grad.copy(), first.copy(), second, 10), {"lr": 1e-3, "weight_decay": 0.01}
