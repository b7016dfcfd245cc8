"""Reference solution of the adam_step kata."""

import numpy as np


def adam_step(
    theta: np.ndarray,
    grad: np.ndarray,
    m: np.ndarray,
    v: np.ndarray,
    t: int,
    lr: float = 1e-3,
    beta1: float = 0.9,
    beta2: float = 0.999,
    eps: float = 1e-8,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One Adam step (Kingma & Ba, Algorithm 1; torch.optim.Adam without weight decay).

    Parameters
    ----------
    theta : ndarray of any shape
        The parameters before the step.
    grad : ndarray of the same shape as theta
        The gradient of the loss at theta.
    m, v : ndarray of the same shape as theta
        The raw first and second moments after step t - 1 (zeros before step 1).
    t : int
        The 1-based number of this step.
    lr, beta1, beta2, eps : float
        Learning rate, decay rates of the two moments, and the term added to √v̂.

    Returns
    -------
    theta, m, v : ndarray, each of the shape and float dtype of theta
        The new parameters and the new raw (not bias-corrected) moments.
    """
    m_new = beta1 * m + (1.0 - beta1) * grad
    v_new = beta2 * v + (1.0 - beta2) * grad**2
    m_hat = m_new / (1.0 - beta1**t)
    v_hat = v_new / (1.0 - beta2**t)
    theta_new = theta - lr * m_hat / (np.sqrt(v_hat) + eps)
    return theta_new, m_new, v_new
