"""Reference solution of the numerical_gradient kata."""

from collections.abc import Callable

import numpy as np


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, h: float = 1e-5) -> np.ndarray:
    """The gradient of a scalar function f at x, by central differences.

    For each entry i, with eᵢ the unit array of x's shape that is 1 at i:

        ∂f/∂xᵢ ≈ (f(x + h·eᵢ) - f(x - h·eᵢ)) / (2h)

    whose error is O(h²) (the forward difference (f(x + h·eᵢ) - f(x))/h has O(h)).
    This is the check behind cs231n's eval_numerical_gradient and PyTorch's
    torch.autograd.gradcheck. f is evaluated 2·x.size times; no loop can be
    avoided, because f is a black box of the whole array.

    The entries are perturbed in a float64 copy of x, one at a time, and restored
    from the saved value (not by subtracting h again, which is not exact in floating
    point), so x itself is never touched.

    Parameters
    ----------
    f : callable
        f(array of x's shape) -> float.
    x : ndarray of any shape, 0-d included
        The point, float64 or float32.
    h : float, default 1e-5
        The step.

    Returns
    -------
    ndarray of x's shape and float dtype
        The estimated gradient.

    Raises nothing of its own.
    """
    point = x.astype(np.float64)  # a copy: perturbing it leaves x as it was
    gradient = np.empty_like(point)
    for index in np.ndindex(point.shape):  # every index of any shape; () once for a 0-d x
        saved = point[index]
        point[index] = saved + h
        above = f(point)
        point[index] = saved - h
        below = f(point)
        point[index] = saved
        gradient[index] = (above - below) / (2 * h)
    return gradient.astype(x.dtype)
