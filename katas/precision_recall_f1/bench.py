"""Bench input of the precision_recall_f1 kata: size labels, 30% positive, 80% predicted right."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    y_true = (rng.random(size) < 0.3).astype(np.int64)
    y_pred = np.where(rng.random(size) < 0.8, y_true, 1 - y_true)
    return (y_true, y_pred), {}
