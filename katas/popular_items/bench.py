"""Bench input of the popular_items kata: a Zipf-like log of 20·size interactions over size items."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    popularity = 1.0 / np.arange(1, size + 1)
    item_ids = rng.choice(size, size=20 * size, p=popularity / popularity.sum())
    return (item_ids, size, 10), {}
