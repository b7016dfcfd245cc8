"""One variance for everything: the biased np.var also goes into the running average."""

import numpy as np

MISTAKES = "biased_variance_in_the_running_update"


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if not training:
        y = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
        return y, running_mean.copy(), running_var.copy()
    if x.shape[0] < 2:
        raise ValueError("batch norm needs at least two samples in training")
    mu = x.mean(axis=0)
    var = x.var(axis=0)
    y = gamma * (x - mu) / np.sqrt(var + eps) + beta
    return y, (1 - momentum) * running_mean + momentum * mu, (1 - momentum) * running_var + momentum * var
