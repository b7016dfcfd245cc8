"""Row statistics without keepdims=True."""

import numpy as np

MISTAKES = "no_keepdims"


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    mean = np.mean(x, axis=-1)
    var = np.mean((x - mean) ** 2, axis=-1)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta
