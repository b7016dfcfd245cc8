"""Bench input of the binary_cross_entropy kata: size soft labels and probabilities."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (rng.random(size), rng.random(size)), {}
