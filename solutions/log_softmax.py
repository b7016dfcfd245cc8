"""Reference solution of the log_softmax kata."""

import numpy as np


def log_softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """Log of the softmax of x along one axis, by log-sum-exp (stable for large logits and -inf).

    log softmax(x)ᵢ = (xᵢ - m) - log Σⱼ exp(xⱼ - m), with m the slice's max, as
    torch.nn.functional.log_softmax and scipy.special.log_softmax compute it.

    Parameters
    ----------
    x : ndarray of shape (..., n)
        Logits; entries may be -inf, each slice along axis has a finite one.
    axis : int, default -1

    Returns
    -------
    ndarray of the same shape and dtype as x
        -inf where x is -inf; raises nothing.
    """
    shifted = x - np.max(x, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))
