"""Bench input of the negative_sampling_loss kata: one center and context word, size negatives, d = 32."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    d = 32
    center, context = rng.normal(scale=0.2, size=d), rng.normal(scale=0.2, size=d)
    return (center, context, rng.normal(scale=0.2, size=(size, d))), {}
