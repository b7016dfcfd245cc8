"""A fixed 1e-5 in place of the eps argument."""

import numpy as np

MISTAKES = "eps_argument_ignored"


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return gamma * (x - mean) / np.sqrt(var + 1e-5) + beta
