"""Reference solution of the layer_norm kata."""

import numpy as np


def layer_norm(
    x: np.ndarray,
    gamma: np.ndarray,
    beta: np.ndarray,
    eps: float = 1e-5,
) -> np.ndarray:
    """Layer normalisation over the last axis: gamma · (x - mean) / sqrt(var + eps) + beta.

    Parameters
    ----------
    x : ndarray of shape (..., d), float64 or float32
        Any number of leading (batch) dimensions; each slice along the last axis is
        normalised on its own.
    gamma, beta : ndarray of shape (d,)
        The per-feature scale and shift.
    eps : float, default 1e-5
        Added to the variance, inside the square root.

    Returns
    -------
    ndarray of shape (..., d)
        A new array; float64 for float64 input.

    The variance is the biased one (divided by d) and is taken of the deviations from
    the mean (two passes), so rows sharing a large offset lose no digits, where
    E[x²] - E[x]² cancels. Raises nothing of its own. Source: Ba, Kiros and Hinton,
    "Layer Normalization" (2016), and torch.nn.functional.layer_norm.
    """
    mean = np.mean(x, axis=-1, keepdims=True)
    centred = x - mean
    variance = np.mean(centred * centred, axis=-1, keepdims=True)
    return gamma * (centred / np.sqrt(variance + eps)) + beta
