"""Bench input of the sigmoid kata: a batch of logits of shape (size, 1000), of both signs."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (rng.normal(scale=10.0, size=(size, 1000)),), {}
