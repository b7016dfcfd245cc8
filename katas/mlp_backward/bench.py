"""Bench input of the mlp_backward kata: 16·size samples of 8 features, 16 hidden units, 10 classes.

Narrow layers, so that the elementwise work (softmax, ReLU's mask, the one-hot) costs about as
much as the four matrix products: with hundreds of features the products would decide the time,
and a correct np.einsum (NumPy's own loops, 10-50 times slower than BLAS) would be judged
against BLAS instead of against the reference's arithmetic.
"""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    n, d, h, c = 16 * size, 8, 16, 10
    x = rng.normal(size=(n, d))
    W1, b1 = rng.normal(size=(d, h)) / np.sqrt(d), rng.normal(scale=0.1, size=h)
    W2, b2 = rng.normal(size=(h, c)) / np.sqrt(h), rng.normal(scale=0.1, size=c)
    y = rng.integers(0, c, size=n)
    return (x, y, W1, b1, W2, b2), {}
