"""Bench input of the skipgram_pairs kata: size token ids (Python ints) with a window of 5."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (rng.integers(0, 50, size=size).tolist(), 5), {}
