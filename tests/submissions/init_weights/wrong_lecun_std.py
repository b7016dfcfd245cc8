"""Both schemes with std sqrt(1/n_in), LeCun's: the factor 2 forgotten."""

import numpy as np

MISTAKES = "std_sqrt_one_over_n_in"


def init_weights(n_in, n_out, scheme, rng):
    if scheme not in ("xavier", "he"):
        raise ValueError(f"unknown scheme {scheme}")
    return rng.normal(0.0, np.sqrt(1.0 / n_in), size=(n_in, n_out))
