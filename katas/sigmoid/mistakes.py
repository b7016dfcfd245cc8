"""Mistake models of the sigmoid kata: what a learner who makes each mistake returns.

Each function takes sigmoid's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _array(z):
    """z as an array: a Python number becomes a float64 0-d array; an array is kept."""
    return z if isinstance(z, np.ndarray) else np.asarray(z, dtype=np.float64)


def _as_float(z, result):
    """A Python float for a scalar z, as the catalog asks; the array otherwise."""
    return float(result) if np.isscalar(z) else result


@mistake(
    "you compute 1/(1 + exp(-z)) everywhere: exp(-z) overflows to inf below z = -709.78, so "
    "you return 0 (and NumPy warns) where sigma(z) = e^z/(1 + e^z) is still positive; for "
    "z < 0 use e^z/(1 + e^z), whose exponential cannot overflow"
)
def one_formula_that_overflows(z):
    array = _array(z)
    return _as_float(z, 1.0 / (1.0 + np.exp(-array)))


@mistake(
    "you clip z to a range such as [-500, 500] before exp: sigma of a clipped z is not sigma "
    "of z (sigma(-720) = 2.0e-313 is not sigma(-500)); pick the formula by the sign of z "
    "instead, so that no exponential overflows",
    bound=(500.0, 700.0, 709.0, 100.0, 250.0, 50.0, 30.0, 20.0),
)
def logits_clipped(z, bound):
    array = _array(z)
    return _as_float(z, 1.0 / (1.0 + np.exp(-np.clip(array, -bound, bound))))


@mistake(
    "you use (1 + tanh(z/2))/2: for z < 0, 1 + tanh(z/2) subtracts two numbers close to 1 and "
    "loses every digit of sigma(z) below about 1e-16 (sigma(-40) becomes 0); use e^z/(1 + e^z) "
    "for z < 0"
)
def tanh_form(z):
    array = _array(z)
    return _as_float(z, 0.5 * (1.0 + np.tanh(array / 2.0)))


@mistake(
    "your values are right, but NumPy warned (overflow or an invalid value): an exponential "
    "overflows on entries whose result you then discard (np.where evaluates BOTH branches on "
    "every entry); compute exp(-|z|) once (it is at most 1) and build both branches from it, "
    "or fill each branch with boolean indexing"
)
def both_branches_overflow(z):
    array = _array(z)
    exp_z = np.exp(array)
    result = np.where(array >= 0, 1.0 / (1.0 + np.exp(-array)), exp_z / (1.0 + exp_z))
    return _as_float(z, result)  # the right values: only NumPy's warning tells this mistake


@mistake(
    "for a Python number z you return a 0-d NumPy array (np.where and np.asarray make one): "
    "return float(...) when z is a scalar, and an array of z's shape otherwise"
)
def scalar_returned_as_a_0d_array(z):
    array = _array(z)
    small = np.exp(-np.abs(array))
    return np.where(array >= 0, 1.0 / (1.0 + small), small / (1.0 + small))
