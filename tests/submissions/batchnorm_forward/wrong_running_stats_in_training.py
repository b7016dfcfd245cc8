"""Always normalises with the running statistics; training only updates them."""

import numpy as np

MISTAKES = "running_statistics_in_training"


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    y = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    if not training:
        return y, running_mean.copy(), running_var.copy()
    n = x.shape[0]
    if n < 2:
        raise ValueError("training needs N >= 2")
    new_mean = (1 - momentum) * running_mean + momentum * x.mean(axis=0)
    new_var = (1 - momentum) * running_var + momentum * x.var(axis=0, ddof=1)
    return y, new_mean, new_var
