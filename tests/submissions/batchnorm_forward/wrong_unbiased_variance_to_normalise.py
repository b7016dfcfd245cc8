"""Normalises with np.var(ddof=1), the unbiased variance, as it does for the running update."""

import numpy as np

MISTAKES = "unbiased_variance_for_normalising"


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if training:
        if len(x) < 2:
            raise ValueError("need two samples")
        mean = np.mean(x, axis=0)
        var = np.var(x, axis=0, ddof=1)
        new_mean = (1 - momentum) * running_mean + momentum * mean
        new_var = (1 - momentum) * running_var + momentum * var
    else:
        mean, var = running_mean, running_var
        new_mean, new_var = running_mean.copy(), running_var.copy()
    y = gamma * (x - mean) / np.sqrt(var + eps) + beta
    return y, new_mean, new_var
