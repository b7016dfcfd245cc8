"""Bench input of the positional_encoding kata: size positions of a d_model = 128 encoding."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (size, 128), {}
