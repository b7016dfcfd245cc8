"""Bench input of the rnn_forward kata: a sequence of size steps over a batch of 32, D = 16, H = 32."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    N, D, H = 32, 16, 32
    x = rng.normal(size=(size, N, D))
    h0 = rng.normal(scale=0.5, size=(N, H))
    Wx = rng.normal(scale=D**-0.5, size=(D, H))
    Wh = rng.normal(scale=H**-0.5, size=(H, H))
    return (x, h0, Wx, Wh, rng.normal(scale=0.1, size=H)), {}
