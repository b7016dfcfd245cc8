"""Bench input of the dot_product kata: two random vectors of length size."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (rng.normal(size=size), rng.normal(size=size)), {}
