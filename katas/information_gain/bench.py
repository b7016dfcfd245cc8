"""Bench input of the information_gain kata: size labels of five classes split four ways."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    parent = rng.integers(0, 5, size=size)
    children = np.split(parent, [size // 8, size // 2, size // 2 + size // 5])
    return (parent, [child.copy() for child in children]), {}
