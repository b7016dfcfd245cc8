"""Reference solution of the sgd_step kata."""

import numpy as np


def sgd_step(
    theta: np.ndarray,
    grad: np.ndarray,
    lr: float,
    weight_decay: float = 0.0,
) -> np.ndarray:
    """One step of gradient descent with weight decay, as torch.optim.SGD without momentum.

    Parameters
    ----------
    theta : ndarray of any shape
        The parameters before the step.
    grad : ndarray of the same shape as theta
        The gradient of the loss at theta.
    lr : float
        The learning rate.
    weight_decay : float
        The weight decay λ, added to the gradient as λ·theta (PyTorch's SGD).

    Returns
    -------
    ndarray of the shape and float dtype of theta
        A new array, theta - lr·(grad + weight_decay·theta). Nothing is raised.
    """
    return theta - lr * (grad + weight_decay * theta)
