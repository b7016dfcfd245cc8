"""Correct but unvectorised over features: one feature (column) at a time."""

import numpy as np

# timed at 16-59x the reference (10 runs, machine loaded); max_ratio 5
EXPECTED_STATUS = "slow"


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    n, d = x.shape
    if training and n < 2:
        raise ValueError("training needs at least two samples")
    y = np.empty(x.shape, dtype=np.result_type(x, gamma, beta, running_mean, running_var))
    new_mean = np.array(running_mean, copy=True)
    new_var = np.array(running_var, copy=True)
    for j in range(d):
        column = x[:, j]
        if training:
            mean = column.mean()
            var = ((column - mean) ** 2).mean()
            new_mean[j] = (1 - momentum) * running_mean[j] + momentum * mean
            new_var[j] = (1 - momentum) * running_var[j] + momentum * var * n / (n - 1)
        else:
            mean, var = running_mean[j], running_var[j]
        y[:, j] = gamma[j] * (column - mean) / np.sqrt(var + eps) + beta[j]
    return y, new_mean, new_var
