"""Never looks at training: every call is a training step, so eval refuses a single sample too."""

import numpy as np

MISTAKES = ("training_flag_ignored", "small_batch_refused_in_eval")


def batchnorm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    n, _ = x.shape
    if n < 2:
        raise ValueError("batch norm needs at least 2 samples")
    mean = x.mean(axis=0)
    var = x.var(axis=0)
    y = gamma * (x - mean) / np.sqrt(var + eps) + beta
    new_mean = (1 - momentum) * running_mean + momentum * mean
    new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    return y, new_mean, new_var
