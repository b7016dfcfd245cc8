"""np.var (two-pass, biased by default) and one multiplier per row."""

import numpy as np


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    inverse_std = 1.0 / np.sqrt(np.var(x, axis=-1, keepdims=True) + eps)
    return (x - x.mean(axis=-1, keepdims=True)) * inverse_std * gamma + beta
