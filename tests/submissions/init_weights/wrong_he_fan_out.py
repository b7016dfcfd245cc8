"""Subtle: He with the fan-out; right on every square layer (n_in == n_out), and Xavier is right."""

import math


MISTAKES = "he_with_fan_out"


def init_weights(n_in, n_out, scheme, rng):
    fans = {"xavier": (n_in + n_out) / 2, "he": n_out / 2}
    if scheme not in fans:
        raise ValueError(scheme)
    return rng.standard_normal((n_in, n_out)) * (1.0 / math.sqrt(fans[scheme]))
