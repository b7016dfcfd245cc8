"""Bench input of the cross_entropy kata: logits (size, 1000) and integer targets (size,)."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    classes = 1000
    logits = rng.normal(scale=5.0, size=(size, classes))
    targets = rng.integers(0, classes, size=size)
    return (logits, targets), {}
