"""Bench input of the init_weights kata: He weights of a (size, 2·size) layer, from a seeded rng."""

import numpy as np

from harness.wire import SeededRng


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (size, 2 * size, "he", SeededRng(int(rng.integers(2**31)))), {}
