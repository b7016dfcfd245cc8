"""Writes the default momentum and ε as constants instead of using the arguments."""

import numpy as np

MISTAKES = "hyperparameters_hard_coded"


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if not training:
        y = gamma * (x - running_mean) / np.sqrt(running_var + 1e-5) + beta
        return y, running_mean.copy(), running_var.copy()
    n = x.shape[0]
    if n < 2:
        raise ValueError("training needs N >= 2")
    mean, var = x.mean(axis=0), x.var(axis=0)
    y = gamma * (x - mean) / np.sqrt(var + 1e-5) + beta
    new_mean = 0.9 * running_mean + 0.1 * mean
    new_var = 0.9 * running_var + 0.1 * var * n / (n - 1)
    return y, new_mean, new_var
