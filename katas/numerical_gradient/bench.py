"""Bench input of the numerical_gradient kata: the gradient of sin_sum at size random points."""

import numpy as np

from harness.wire import NamedFunction


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (NamedFunction("sin_sum"), rng.normal(size=size)), {}
