"""Reference solution of the soft_threshold kata."""

import numpy as np


def soft_threshold(w: np.ndarray, lam: float) -> np.ndarray:
    """Soft thresholding, the proximal operator of lam·‖w‖₁, elementwise.

    prox(w) = argmin_x ½‖x − w‖² + lam·‖x‖₁ = sign(w)·max(|w| − lam, 0): every
    weight moves lam toward zero, and the ones within lam of zero become exactly
    zero (ISTA; Tibshirani 1996; PyTorch's torch.nn.functional.softshrink).

    Parameters
    ----------
    w : ndarray of any shape
        Weights, float64 or float32.
    lam : float
        The threshold, at least 0, in the units of w.

    Returns
    -------
    ndarray of w's shape
        float64 for a float64 w; a float32 w may give float32 or float64 (this one
        gives float32). A new array; w is not changed. Raises nothing.
    """
    return np.sign(w) * np.maximum(np.abs(w) - lam, 0)
