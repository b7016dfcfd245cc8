"""Bench input of the confusion_matrix kata: size labels of 10 classes, 70% predicted right."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    y_true = rng.integers(0, 10, size=size)
    y_pred = np.where(rng.random(size) < 0.7, y_true, rng.integers(0, 10, size=size))
    return (y_true, y_pred), {"n_classes": 10}
