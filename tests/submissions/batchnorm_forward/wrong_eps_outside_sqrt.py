"""Subtle: divides by the standard deviation plus ε; off by about ε/σ, 5e-6 on unit-variance data."""

import numpy as np

MISTAKES = "eps_outside_the_square_root"


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if training:
        n = x.shape[0]
        if n < 2:
            raise ValueError("training needs N >= 2")
        mean, var = x.mean(axis=0), x.var(axis=0)
        new_mean = (1 - momentum) * running_mean + momentum * mean
        new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    else:
        mean, var = running_mean, running_var
        new_mean, new_var = running_mean.copy(), running_var.copy()
    std = np.sqrt(var)
    return gamma * (x - mean) / (std + eps) + beta, new_mean, new_var
