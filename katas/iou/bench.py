"""Bench input of the iou kata: two sets of size overlapping boxes, (size, 4) each."""

import numpy as np


def _boxes(count: int, rng: np.random.Generator) -> np.ndarray:
    corners = rng.uniform(0.0, 200.0, size=(count, 2))
    sizes = rng.uniform(1.0, 40.0, size=(count, 2))
    return np.concatenate([corners, corners + sizes], axis=1)


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (_boxes(size, rng), _boxes(size, rng)), {}
