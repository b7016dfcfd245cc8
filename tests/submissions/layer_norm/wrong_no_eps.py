"""eps is accepted but never used."""

import numpy as np

MISTAKES = "no_eps"


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    mean = np.mean(x, axis=-1, keepdims=True)
    std = np.sqrt(np.mean((x - mean) ** 2, axis=-1, keepdims=True))
    return gamma * (x - mean) / std + beta
