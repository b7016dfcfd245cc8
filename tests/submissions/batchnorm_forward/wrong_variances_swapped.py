"""Remembers that there are two variances, but puts each in the other's place."""

import numpy as np

MISTAKES = "variances_swapped"


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if not training:
        x_hat = (x - running_mean) / np.sqrt(running_var + eps)
        return gamma * x_hat + beta, np.copy(running_mean), np.copy(running_var)
    n = x.shape[0]
    if n < 2:
        raise ValueError("n < 2")
    mean = x.mean(0)
    biased = ((x - mean) ** 2).sum(0) / n
    unbiased = ((x - mean) ** 2).sum(0) / (n - 1)
    x_hat = (x - mean) / np.sqrt(unbiased + eps)
    new_mean = (1 - momentum) * running_mean + momentum * mean
    new_var = (1 - momentum) * running_var + momentum * biased
    return gamma * x_hat + beta, new_mean, new_var
