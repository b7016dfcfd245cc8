"""Bench input of the entropy kata: size distributions over 256 outcomes, a tenth of them 0."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    p = rng.dirichlet(np.ones(256), size=size)
    p[rng.random(p.shape) < 0.1] = 0.0
    return (p,), {}
