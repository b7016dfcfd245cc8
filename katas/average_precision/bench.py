"""Bench input of the average_precision kata: size samples, a third positive, tied scores."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    y_true = (rng.uniform(size=size) < 1 / 3).astype(np.int64)
    y_true[0] = 1
    scores = np.round(rng.normal(size=size) + y_true, 2)  # rounded: many tied scores
    return (y_true, scores), {}
