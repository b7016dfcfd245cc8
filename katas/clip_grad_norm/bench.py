"""Bench input of the clip_grad_norm kata: the gradients of a two-layer MLP of width size."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    shapes = [(784, size), (size,), (size, size), (size,), (size, 10), (10,)]
    grads = [rng.normal(scale=0.05, size=shape) for shape in shapes]
    return (grads, 1.0), {}
