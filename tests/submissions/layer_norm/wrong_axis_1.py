"""axis=1 hard-coded: right for (N, d), wrong for (N, L, d) and for a single vector."""

import numpy as np

MISTAKES = "normalised_over_axis_1"


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    mean = np.mean(x, axis=1, keepdims=True)
    var = np.mean((x - mean) ** 2, axis=1, keepdims=True)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta
