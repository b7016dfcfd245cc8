"""Reference solution of the momentum_step kata."""

import numpy as np


def momentum_step(
    theta: np.ndarray,
    grad: np.ndarray,
    velocity: np.ndarray,
    lr: float,
    beta: float = 0.9,
) -> tuple[np.ndarray, np.ndarray]:
    """One step of gradient descent with momentum, as torch.optim.SGD(momentum=beta, dampening=0).

    Parameters
    ----------
    theta : ndarray of any shape
        The parameters before the step.
    grad : ndarray of the same shape as theta
        The gradient of the loss at theta.
    velocity : ndarray of the same shape as theta
        The velocity after the previous step (zeros before the first one; PyTorch's
        first step sets it to grad, which is the same).
    lr, beta : float
        The learning rate and the momentum coefficient.

    Returns
    -------
    theta, velocity : ndarray, each of the shape and float dtype of theta
        New arrays: theta - lr·v and v = beta·velocity + grad. Nothing is raised.
    """
    new_velocity = beta * velocity + grad
    return theta - lr * new_velocity, new_velocity
