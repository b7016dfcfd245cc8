"""Bench input of the conv2d kata: 2 images of 8 channels, size x size pixels, 16 kernels of 3x3.

The timing input of the kata: padding 1 keeps the size ("same" convolution).
With few multiply-adds per output pixel (2·8·16·9), a Python loop over the
pixels costs far more than the arithmetic it does, so it comes out slow.
"""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    x = rng.normal(size=(2, 8, size, size))
    w = rng.normal(size=(16, 8, 3, 3)) / np.sqrt(8 * 9)
    b = rng.normal(size=16)
    return (x, w, b), {"stride": 1, "padding": 1}
