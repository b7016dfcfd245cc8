"""Right values, but eval returns the caller's running arrays themselves, not new ones."""

import numpy as np

MISTAKES = "returns_input"


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if not training:
        y = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
        return y, running_mean, running_var
    n = x.shape[0]
    if n < 2:
        raise ValueError("training needs N >= 2")
    mean, var = x.mean(axis=0), x.var(axis=0)
    new_mean = (1 - momentum) * running_mean + momentum * mean
    new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta, new_mean, new_var
