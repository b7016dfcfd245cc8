"""Mistake models of the init_weights kata: what a learner who makes each mistake returns.

Each model draws as the reference does (rng.normal(0, std, (n_in, n_out))) except
for its mistake, so a learner who draws the same way gets its very values; one
who draws another way is matched on the moments (harness/statistics.py).
"""

import numpy as np

from harness.diagnosis import mistake


def _std(n_in, n_out, scheme):
    if scheme == "xavier":
        return np.sqrt(2.0 / (n_in + n_out))
    if scheme == "he":
        return np.sqrt(2.0 / n_in)
    raise ValueError(f"unknown scheme {scheme!r}")


@mistake(
    "you draw from a uniform distribution (the Glorot/He uniform bound ±√3·std): these schemes "
    "are the normal ones (xavier_normal_, kaiming_normal_); draw with rng.normal(0.0, std, size)",
    bound_over_std=(np.sqrt(3.0), 1.0),
)
def uniform_instead_of_normal(n_in, n_out, scheme, rng, bound_over_std):
    bound = bound_over_std * _std(n_in, n_out, scheme)
    return rng.uniform(-bound, bound, size=(n_in, n_out))


@mistake(
    "your standard deviation is √(1/n_in) (LeCun's initialisation): He's is √(2/n_in) (the 2 "
    "makes up for ReLU zeroing half the units) and Xavier's √(2/(n_in + n_out))"
)
def std_sqrt_one_over_n_in(n_in, n_out, scheme, rng):
    _std(n_in, n_out, scheme)
    return rng.normal(0.0, np.sqrt(1.0 / n_in), size=(n_in, n_out))


@mistake(
    "your He weights use the fan-out, √(2/n_out): kaiming_normal_'s default mode is fan_in, "
    "std √(2/n_in), which keeps the forward pass's variance"
)
def he_with_fan_out(n_in, n_out, scheme, rng):
    std = np.sqrt(2.0 / n_out) if scheme == "he" else _std(n_in, n_out, scheme)
    return rng.normal(0.0, std, size=(n_in, n_out))


@mistake(
    "you pass the variance as the standard deviation: rng.normal's scale is the std, so take "
    "the square root of 2/n_in (or of 2/(n_in + n_out))"
)
def variance_as_std(n_in, n_out, scheme, rng):
    return rng.normal(0.0, _std(n_in, n_out, scheme) ** 2, size=(n_in, n_out))


@mistake(
    "your weights have shape (n_out, n_in), PyTorch's nn.Linear layout: this kata's layer is "
    "x @ W, so W has shape (n_in, n_out)"
)
def transposed_shape(n_in, n_out, scheme, rng):
    return rng.normal(0.0, _std(n_in, n_out, scheme), size=(n_out, n_in))


@mistake(
    "your weights do not come from rng (np.random, or a generator of your own): the same seed "
    "must give the same weights; draw with rng.normal(0.0, std, size=(n_in, n_out))"
)
def random_numbers_not_from_rng(n_in, n_out, scheme, rng):
    return np.random.normal(0.0, _std(n_in, n_out, scheme), size=(n_in, n_out))
