"""Bench input of the population_stability_index kata: two samples of size values, 10 bins."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (rng.normal(size=size), rng.normal(0.2, 1.1, size=size)), {}
