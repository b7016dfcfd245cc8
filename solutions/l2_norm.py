"""Reference solution of the l2_norm kata."""

import numpy as np


def l2_norm(x: np.ndarray, axis: int | None = None, keepdims: bool = False) -> float | np.ndarray:
    """Euclidean norm √Σx² over one axis (or all of x), safe from overflow and underflow.

    Each slice is divided by its largest magnitude before squaring, then the square root is
    multiplied back by it: the scaled entries lie in [-1, 1], so 1e200 does not overflow and
    1e-200 does not underflow, as in LAPACK's dnrm2 (Blue's algorithm scales the same way).
    The result's shape is numpy.linalg.norm's for a vector norm along axis.

    Parameters
    ----------
    x : ndarray of any shape, not empty
        float64 or float32, finite.
    axis : int or None, default None
        The axis to reduce (negative counts from the end); None reduces every element.
    keepdims : bool, default False
        Keep the reduced axis (all axes when axis is None) with length 1.

    Returns
    -------
    float or ndarray
        A Python float when the result has no dimensions left, else an array of x's shape
        without the reduced axis (with it, of length 1, when keepdims). An all-zero slice
        has norm 0.
    """
    magnitudes = np.abs(x)
    scale = np.max(magnitudes, axis=axis, keepdims=True)
    scale = np.where(scale > 0, scale, 1.0)  # an all-zero slice: 0 / 1, not 0 / 0
    norm = scale * np.sqrt(np.sum((magnitudes / scale) ** 2, axis=axis, keepdims=True))
    if not keepdims:
        norm = np.squeeze(norm, axis=axis)
    return float(norm) if norm.ndim == 0 else norm
