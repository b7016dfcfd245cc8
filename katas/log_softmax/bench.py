"""Bench input of the log_softmax kata: a batch of logits of shape (size, 1000)."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (rng.normal(scale=5.0, size=(size, 1000)),), {}
