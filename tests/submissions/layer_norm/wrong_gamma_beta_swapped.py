"""beta scales and gamma shifts."""

import numpy as np

MISTAKES = "gamma_and_beta_swapped"


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    mean = np.mean(x, axis=-1, keepdims=True)
    var = np.var(x, axis=-1, keepdims=True)
    return beta * (x - mean) / np.sqrt(var + eps) + gamma
