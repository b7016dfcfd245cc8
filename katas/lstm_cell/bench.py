"""Bench input of the lstm_cell kata: a batch of size rows, D = 64, H = 128."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    D, H = 64, 128
    x = rng.normal(size=(size, D))
    h = rng.uniform(-1.0, 1.0, size=(size, H))
    c = rng.normal(size=(size, H))
    W = rng.normal(scale=(H + D) ** -0.5, size=(H + D, 4 * H))
    return (x, h, c, W, rng.normal(scale=0.1, size=4 * H)), {}
