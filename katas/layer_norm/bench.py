"""Bench input of the layer_norm kata: size tokens of d = 512 features, random gamma and beta."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    d = 512
    x = rng.normal(loc=1.0, scale=2.0, size=(size, d))
    return (x, rng.normal(size=d), rng.normal(size=d)), {}
