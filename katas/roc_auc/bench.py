"""Bench input of the roc_auc kata: size samples, a third positive, coarse scores with ties."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    y_true = (rng.uniform(size=size) < 1 / 3).astype(np.int64)
    scores = np.round(rng.normal(size=size) + y_true, 2)  # rounded: many tied scores
    return (y_true, scores), {}
