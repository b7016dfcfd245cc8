"""Correct: np.var with ddof=0 and ddof=1 computed separately, and a multiplication by 1/√(σ² + ε)."""

import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if training:
        if x.shape[0] <= 1:
            raise ValueError("expected more than 1 value per feature when training")
        mean = np.mean(x, axis=0)
        inverse_std = 1.0 / np.sqrt(np.var(x, axis=0) + eps)
        new_mean = (1.0 - momentum) * running_mean + momentum * mean
        new_var = (1.0 - momentum) * running_var + momentum * np.var(x, axis=0, ddof=1)
    else:
        mean = running_mean
        inverse_std = 1.0 / np.sqrt(running_var + eps)
        new_mean = np.array(running_mean, copy=True)
        new_var = np.array(running_var, copy=True)
    return (x - mean) * (gamma * inverse_std) + beta, new_mean, new_var
