"""Reference solution of the dense_forward kata."""

import numpy as np

ACTIVATIONS = ("relu", "sigmoid", "tanh", "linear")


def _sigmoid(z: np.ndarray) -> np.ndarray:
    """1/(1 + e^-z) with an exponential that never overflows: e = exp(-|z|) is at most 1."""
    small = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0, small) / (1.0 + small)


def dense_forward(x: np.ndarray, W: np.ndarray, b: np.ndarray, activation: str = "relu") -> np.ndarray:
    """One dense layer, act(x @ W + b), in the batch-first row convention.

    PyTorch's nn.Linear computes x @ weight.T + bias with weight of shape (d_out, d_in);
    here W is that weight transposed. The activations are torch.relu, torch.sigmoid
    (the stable form of scipy.special.expit) and torch.tanh, or none ("linear").

    Parameters
    ----------
    x : ndarray of shape (n, d_in)
    W : ndarray of shape (d_in, d_out)
    b : ndarray of shape (d_out,)
    activation : {"relu", "sigmoid", "tanh", "linear"}, default "relu"

    Returns
    -------
    ndarray of shape (n, d_out), float64 for float64 inputs

    Raises
    ------
    ValueError
        If activation is not one of the four names (exactly spelled).
    """
    if activation not in ACTIVATIONS:
        raise ValueError(f"unknown activation {activation!r}: expected one of {', '.join(ACTIVATIONS)}")
    z = x @ W + b
    if activation == "relu":
        return np.maximum(z, 0.0)
    if activation == "sigmoid":
        return _sigmoid(z)
    if activation == "tanh":
        return np.tanh(z)
    return z
