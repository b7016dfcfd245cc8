"""Bench input of the nms kata: size boxes in clusters around size / 5 objects, threshold 0.5.

As a detector's output: each object gets about five jittered boxes, scores are rounded to
three decimals (so some are equal), and a little under half of the boxes survive.
"""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    objects = max(1, size // 5)
    centres = rng.uniform(0.0, 1000.0, size=(objects, 2))
    sides = rng.uniform(20.0, 150.0, size=(objects, 2))
    which = rng.integers(0, objects, size=size)
    half = np.tile(sides[which] / 2, 2) * np.array([-1.0, -1.0, 1.0, 1.0])
    jitter = rng.normal(scale=0.15, size=(size, 4)) * np.tile(sides[which], 2)
    boxes = np.tile(centres[which], 2) + half + jitter
    scores = np.round(rng.uniform(size=size), 3)
    return (boxes, scores, 0.5), {}
