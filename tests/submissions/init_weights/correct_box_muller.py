"""Correct without rng.normal: Box-Muller normals from rng.random, scaled by the scheme's std."""

import math

import numpy as np


def init_weights(n_in, n_out, scheme, rng):
    if scheme == "xavier":
        std = math.sqrt(2.0 / (n_in + n_out))
    elif scheme == "he":
        std = math.sqrt(2.0 / n_in)
    else:
        raise ValueError("unknown scheme " + repr(scheme))
    u1 = 1.0 - rng.random((n_in, n_out))  # in (0, 1]: log(u1) is finite
    u2 = rng.random((n_in, n_out))
    return std * np.sqrt(-2.0 * np.log(u1)) * np.cos(2.0 * np.pi * u2)
