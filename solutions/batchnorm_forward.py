"""Reference solution of the batchnorm_forward kata."""

import numpy as np


def batchnorm_forward(
    x: np.ndarray,
    gamma: np.ndarray,
    beta: np.ndarray,
    running_mean: np.ndarray,
    running_var: np.ndarray,
    training: bool,
    momentum: float = 0.1,
    eps: float = 1e-5,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Batch normalisation of x (N, D), and the running statistics after this batch.

    As torch.nn.functional.batch_norm: in training, x̂ = (x - μ)/√(σ² + ε) with the
    batch mean μ and biased variance σ² of each feature, and the running statistics
    move by momentum towards μ and the unbiased variance σ²·N/(N - 1); in eval, x̂
    uses the running statistics, which come back as copies. y = γ·x̂ + β.

    Parameters
    ----------
    x : ndarray of shape (N, D)
    gamma, beta, running_mean, running_var : ndarrays of shape (D,)
    training : bool
    momentum : float, default 0.1
    eps : float, default 1e-5

    Returns
    -------
    y : ndarray of shape (N, D)
    new_mean, new_var : ndarrays of shape (D,), new arrays

    Raises
    ------
    ValueError
        If training and N < 2 (the unbiased variance needs two samples).
    """
    if not training:
        x_hat = (x - running_mean) / np.sqrt(running_var + eps)
        return gamma * x_hat + beta, running_mean.copy(), running_var.copy()
    n = x.shape[0]
    if n < 2:
        raise ValueError(f"training needs at least 2 samples per feature to update the variance, got N = {n}")
    mean = x.mean(axis=0)
    deviations = x - mean
    var = np.mean(deviations**2, axis=0)
    x_hat = deviations / np.sqrt(var + eps)
    new_mean = (1 - momentum) * running_mean + momentum * mean
    new_var = (1 - momentum) * running_var + momentum * var * (n / (n - 1))
    return gamma * x_hat + beta, new_mean, new_var
