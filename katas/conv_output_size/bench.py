"""Bench input of the conv_output_size kata: a ResNet-like stem on an input of width size."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (size, 7), {"padding": 3, "stride": 2, "dilation": 2}
