"""Bench input of the nms kata: TODO say what the input of size `size` is."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    raise NotImplementedError("TODO: return (args, kwargs) for a call of nms at this size")
