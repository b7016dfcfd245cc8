"""Bench input of the adam_step kata: a (size, 1000) weight matrix mid-training, step 10."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    shape = (size, 1000)
    theta = rng.normal(size=shape)
    grad = rng.normal(size=shape)
    m = rng.normal(scale=0.5, size=shape)
    v = rng.uniform(0.2, 2.0, size=shape)
    return (theta, grad, m, v, 10), {}
