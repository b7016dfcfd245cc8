"""Right in law, but drawn from NumPy's global generator, not from rng: not reproducible."""

import numpy as np

MISTAKES = "random_numbers_not_from_rng"


def init_weights(n_in, n_out, scheme, rng):
    if scheme == "he":
        return np.random.randn(n_in, n_out) * np.sqrt(2.0 / n_in)
    if scheme == "xavier":
        return np.random.randn(n_in, n_out) * np.sqrt(2.0 / (n_in + n_out))
    raise ValueError(f"unknown scheme {scheme!r}")
