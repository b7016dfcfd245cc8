"""Bench input of the dense_forward kata: 32·size samples of 4 features into 256 sigmoid units.

The layer is wide and shallow so that the activation, the kata's own work, decides the time:
with tens of input features the matrix product would, and a correct np.einsum (NumPy's own
loops, 10-50 times slower than BLAS's product) would be judged against BLAS instead of
against the reference's arithmetic.
"""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    x = rng.normal(size=(32 * size, 4))
    W = rng.normal(size=(4, 256))
    b = rng.normal(size=256)
    return (x, W, b), {"activation": "sigmoid"}
