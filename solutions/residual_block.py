"""Reference solution of the residual_block kata."""

import numpy as np


def residual_block(
    x: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray
) -> np.ndarray:
    """A two-layer residual block: relu(F(x) + x) with F(x) = relu(x W1 + b1) W2 + b2.

    ResNet's basic block (He et al., "Deep Residual Learning for Image Recognition",
    2015; torchvision's BasicBlock) with dense layers for its convolutions: the skip
    connection is added before the last ReLU.

    Parameters
    ----------
    x : ndarray of shape (n, d)
    W1 : ndarray of shape (d, h)
    b1 : ndarray of shape (h,)
    W2 : ndarray of shape (h, d)
    b2 : ndarray of shape (d,)

    Returns
    -------
    ndarray of shape (n, d), float64 for float64 inputs

    Raises
    ------
    Nothing of its own: the catalog names no ValueError case.
    """
    hidden = np.maximum(x @ W1 + b1, 0.0)
    residual = hidden @ W2 + b2
    return np.maximum(residual + x, 0.0)
