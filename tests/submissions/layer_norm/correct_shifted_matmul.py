"""Rows flattened to a matrix, shifted by their first value, moments by matrix products."""

import numpy as np


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    d = x.shape[-1]
    rows = x.reshape(-1, d)
    shifted = rows - rows[:, :1]  # the spread is kept, a large shared offset is removed
    averaging = np.full((d, 1), 1.0 / d)
    mean = shifted @ averaging
    centred = shifted - mean
    variance = (centred * centred) @ averaging
    normalised = centred / np.sqrt(variance + eps)
    return (normalised * gamma + beta).reshape(x.shape)
