"""Bench input of the residual_block kata: 64·size samples of 8 features, 8 hidden units.

Narrow layers, so that the elementwise work (biases, ReLUs, the skip) costs as much as the
two matrix products: with tens of features the products would decide the time, and a correct
np.einsum (NumPy's own loops, 10-50 times slower than BLAS's product) would be judged against
BLAS instead of against the reference's arithmetic.
"""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    x = rng.normal(size=(64 * size, 8))
    W1, b1 = rng.normal(size=(8, 8)) / np.sqrt(8), rng.normal(size=8)
    W2, b2 = rng.normal(size=(8, 8)) / np.sqrt(8), rng.normal(size=8)
    return (x, W1, b1, W2, b2), {}
