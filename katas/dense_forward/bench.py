"""Bench input of the dense_forward kata: 8·size samples of 32 features into 256 sigmoid units.

The layer is wide and shallow so that the activation, the kata's own work, costs as much as
the matrix product: with d_in in the hundreds, BLAS's product would decide the time, and a
correct einsum (NumPy's own loops, no BLAS) would be judged against BLAS instead of against
the reference's arithmetic.
"""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    x = rng.normal(size=(8 * size, 32))
    W = rng.normal(scale=0.5, size=(32, 256))
    b = rng.normal(size=256)
    return (x, W, b), {"activation": "sigmoid"}
