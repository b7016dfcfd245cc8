"""Bench input of the batchnorm_forward kata: a training batch of size samples of 1024 features."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    d = 1024
    x = rng.normal(loc=rng.uniform(-3.0, 3.0, d), scale=rng.uniform(0.5, 4.0, d), size=(size, d))
    gamma, beta = rng.uniform(0.5, 2.0, d), rng.uniform(-2.0, 2.0, d)
    running_mean, running_var = rng.uniform(-1.0, 1.0, d), rng.uniform(0.5, 3.0, d)
    return (x, gamma, beta, running_mean, running_var, True), {}
