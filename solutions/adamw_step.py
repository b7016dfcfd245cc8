"""Reference solution of the adamw_step kata."""

import numpy as np


def adamw_step(
    theta: np.ndarray,
    grad: np.ndarray,
    m: np.ndarray,
    v: np.ndarray,
    t: int,
    lr: float = 1e-3,
    beta1: float = 0.9,
    beta2: float = 0.999,
    eps: float = 1e-8,
    weight_decay: float = 0.01,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One AdamW step, as torch.optim.AdamW (Loshchilov & Hutter, decoupled weight decay).

    Parameters
    ----------
    theta : ndarray of any shape
        The weights to update (float64 or float32).
    grad : ndarray of theta's shape
        ∂loss/∂theta, with no weight-decay term in it.
    m, v : ndarray of theta's shape
        Raw moment estimates left by step t - 1; zeros before the first step.
    t : int
        Which step this is, counting from 1.
    lr, beta1, beta2, eps : float
        Step size, the two moments' decay rates, and ε, added to √v̂ (outside the root).
    weight_decay : float
        The decoupled decay λ: theta is multiplied by 1 - lr·λ before the Adam step.

    Returns
    -------
    theta, m, v : ndarray, each of the shape and float dtype of theta
        New arrays: the new parameters and the new raw (not bias-corrected) moments.
        Nothing is raised.
    """
    decayed = theta * (1.0 - lr * weight_decay)
    first = beta1 * m + (1.0 - beta1) * grad
    second = beta2 * v + (1.0 - beta2) * np.square(grad)
    first_corrected = first / (1.0 - beta1**t)
    second_corrected = second / (1.0 - beta2**t)
    return decayed - lr * first_corrected / (np.sqrt(second_corrected) + eps), first, second
