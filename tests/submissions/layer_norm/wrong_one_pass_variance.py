"""Var = E[x^2] - E[x]^2 in one pass: exact on small random rows, not on rows near 1e6."""

import numpy as np

MISTAKES = "variance_as_mean_of_squares_minus_squared_mean"


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    mean = np.mean(x, axis=-1, keepdims=True)
    mean_of_squares = np.mean(x**2, axis=-1, keepdims=True)
    var = mean_of_squares - mean**2
    return gamma * (x - mean) / np.sqrt(var + eps) + beta
