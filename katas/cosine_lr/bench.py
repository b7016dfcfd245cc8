"""Bench input of the cosine_lr kata: step 0.6·size of a size-step schedule with 10% warm-up."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (6 * size // 10, size, 3e-4), {"warmup_steps": size // 10, "min_lr": 1e-5}
