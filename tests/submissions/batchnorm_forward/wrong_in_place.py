"""Right values, but updates the caller's running statistics in place (as nn.BatchNorm1d's buffers)."""

import numpy as np

MISTAKES = ("in_place", "returns_input")  # with momentum 0 the values stay, the arrays are still the inputs


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if not training:
        y = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
        return y, running_mean.copy(), running_var.copy()
    n = x.shape[0]
    if n < 2:
        raise ValueError("training needs N >= 2")
    mean, var = x.mean(axis=0), x.var(axis=0)
    running_mean *= 1 - momentum
    running_mean += momentum * mean
    running_var *= 1 - momentum
    running_var += momentum * var * n / (n - 1)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta, running_mean, running_var
