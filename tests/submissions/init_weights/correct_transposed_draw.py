"""Correct, drawn in another order: (n_out, n_in) standard normals, transposed and scaled."""

import numpy as np


def init_weights(n_in, n_out, scheme, rng):
    gains = {"xavier": 2.0 / (n_in + n_out), "he": 2.0 / n_in}
    if scheme not in gains:
        raise ValueError(f"scheme must be one of {sorted(gains)}, not {scheme!r}")
    return np.sqrt(gains[scheme]) * rng.standard_normal((n_out, n_in)).T
