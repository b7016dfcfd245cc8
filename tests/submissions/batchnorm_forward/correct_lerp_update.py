"""Correct: PyTorch's arrangement: the running statistics move by momentum·(batch - old), in place on copies."""

import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    new_mean = running_mean.copy()
    new_var = running_var.copy()
    if not training:
        scale = gamma / np.sqrt(running_var + eps)
        return x * scale + (beta - running_mean * scale), new_mean, new_var
    n = x.shape[0]
    if n < 2:
        raise ValueError(f"training needs a batch of 2 or more, got {n}")
    mean = x.sum(axis=0) / n
    centred = x - mean
    sum_of_squares = np.einsum("nd,nd->d", centred, centred)
    new_mean += momentum * (mean - new_mean)
    new_var += momentum * (sum_of_squares / (n - 1) - new_var)
    return centred / np.sqrt(sum_of_squares / n + eps) * gamma + beta, new_mean, new_var
