"""Bench input of the cosine_similarity kata: size rows against size rows of 32 features."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (rng.normal(size=(size, 32)), rng.normal(size=(size, 32))), {}
