"""Bench input of the multi_head_attention kata: causal self-attention over a batch of size sequences.

x of shape (size, 16, 16): short sequences of 16 positions, 2 heads of width 8, four (16, 16) weights.
Short sequences make the Python overhead of a loop over positions show against the reference.
"""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    x = rng.normal(size=(size, 16, 16))
    Wq, Wk, Wv, Wo = (rng.normal(scale=0.25, size=(16, 16)) for _ in range(4))
    return (x, Wq, Wk, Wv, Wo, 2), {"causal": True}
