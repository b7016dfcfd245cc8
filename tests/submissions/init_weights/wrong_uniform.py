"""Glorot/He uniform: the right standard deviation, but a uniform distribution, not a normal one."""

import numpy as np

MISTAKES = "uniform_instead_of_normal"


def init_weights(n_in, n_out, scheme, rng):
    if scheme == "xavier":
        limit = np.sqrt(6.0 / (n_in + n_out))
    elif scheme == "he":
        limit = np.sqrt(6.0 / n_in)
    else:
        raise ValueError(scheme)
    return rng.uniform(-limit, limit, size=(n_in, n_out))
