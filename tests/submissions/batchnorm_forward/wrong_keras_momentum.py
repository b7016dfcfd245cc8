"""Keras's convention: new = momentum·old + (1 - momentum)·batch."""

import numpy as np

MISTAKES = "momentum_the_other_way_round"


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if not training:
        x_hat = (x - running_mean) / np.sqrt(running_var + eps)
        return gamma * x_hat + beta, running_mean.copy(), running_var.copy()
    n = len(x)
    if n < 2:
        raise ValueError("training needs a batch of at least 2")
    mean = x.mean(axis=0)
    var = x.var(axis=0)
    x_hat = (x - mean) / np.sqrt(var + eps)
    new_mean = momentum * running_mean + (1 - momentum) * mean
    new_var = momentum * running_var + (1 - momentum) * var * n / (n - 1)
    return gamma * x_hat + beta, new_mean, new_var
