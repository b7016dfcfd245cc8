"""Bench input of the gini_impurity kata: size labels of ten classes, -5 to 4."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (rng.integers(-5, 5, size=size),), {}
