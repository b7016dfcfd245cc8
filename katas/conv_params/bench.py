"""Bench input of the conv_params kata: a grouped (3, 5) convolution from size to 2*size channels."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return ((3, 5), size, 2 * size), {"bias": True, "groups": 4}
