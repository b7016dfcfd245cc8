"""Reference solution of the mse_loss_and_grad kata."""

import numpy as np


def mse_loss_and_grad(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float
) -> tuple[float, np.ndarray, float]:
    """Mean squared error of a linear model and its gradients with respect to w and b.

    With the residual r = y - (Xw + b):

        L = (1/n) Σᵢ rᵢ²,   ∂L/∂w = -(2/n) Xᵀr,   ∂L/∂b = -(2/n) Σᵢ rᵢ

    (the chain rule through r, whose derivative is -X for w and -1 for b; the same
    as torch.nn.functional.mse_loss with reduction="mean", backpropagated).

    Parameters
    ----------
    X : ndarray of shape (n, d)
        Inputs, one row per sample (float64 or float32).
    y : ndarray of shape (n,)
        Targets.
    w : ndarray of shape (d,)
        Weights.
    b : float
        Intercept.

    Returns
    -------
    loss : float
        The mean squared error, a Python float.
    dw : ndarray of shape (d,)
        ∂L/∂w, of X's float dtype.
    db : float
        ∂L/∂b, a Python float.

    Raises nothing of its own: inconsistent shapes raise NumPy's ValueError.
    """
    residual = y - (X @ w + b)
    n = len(y)
    loss = residual @ residual / n
    dw = (residual @ X) * (-2.0 / n)
    db = -2.0 * np.sum(residual) / n
    return float(loss), dw, float(db)
