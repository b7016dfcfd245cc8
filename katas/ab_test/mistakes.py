"""Mistake models of the ab_test kata: what a learner who makes each mistake returns.

Each function takes ab_test's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. Each model makes
its one mistake and is otherwise right.
"""

import math

import numpy as np

from harness.diagnosis import mistake


def _checked(conversions_a, n_a, conversions_b, n_b):
    if n_a <= 0 or n_b <= 0:
        raise ValueError("group sizes must be at least 1")
    if not (0 <= conversions_a <= n_a and 0 <= conversions_b <= n_b):
        raise ValueError("conversions must lie in [0, n]")


def _degenerate(conversions_a, n_a, conversions_b, n_b):
    converted = conversions_a + conversions_b
    return converted == 0 or converted == n_a + n_b


def _pooled_z(conversions_a, n_a, conversions_b, n_b):
    pooled = (conversions_a + conversions_b) / (n_a + n_b)
    standard_error = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    return (conversions_b / n_b - conversions_a / n_a) / standard_error


@mistake(
    "you compute the p-value as 1 - erf(|z|/√2) (or 2·(1 - Φ(|z|))): it cancels to exactly 0 "
    "for large |z|; math.erfc(abs(z) / math.sqrt(2)) keeps tiny p-values exact"
)
def one_minus_the_cdf(conversions_a, n_a, conversions_b, n_b):
    _checked(conversions_a, n_a, conversions_b, n_b)
    if _degenerate(conversions_a, n_a, conversions_b, n_b):
        return 0.0, 1.0
    z = _pooled_z(conversions_a, n_a, conversions_b, n_b)
    return z, 1 - math.erf(abs(z) / math.sqrt(2))


@mistake(
    "your p-value is one-sided, P(Z ≥ |z|) = 1 - Φ(|z|), half the two-sided one: the test asks "
    "whether B differs from A either way, P(|Z| ≥ |z|) = 2·(1 - Φ(|z|)) = erfc(|z|/√2)",
    cancels=(False, True),
)
def one_sided_p_value(conversions_a, n_a, conversions_b, n_b, cancels):
    _checked(conversions_a, n_a, conversions_b, n_b)
    if _degenerate(conversions_a, n_a, conversions_b, n_b):
        return 0.0, 1.0
    z = _pooled_z(conversions_a, n_a, conversions_b, n_b)
    tail = 0.5 * (1 - math.erf(abs(z) / math.sqrt(2))) if cancels else 0.5 * math.erfc(abs(z) / math.sqrt(2))
    return z, tail


@mistake(
    "you use each group's own variance, √(p_a(1-p_a)/n_a + p_b(1-p_b)/n_b): the test asks for "
    "the pooled rate p = (c_a + c_b)/(n_a + n_b), √(p(1-p)(1/n_a + 1/n_b))"
)
def unpooled_variance(conversions_a, n_a, conversions_b, n_b):
    _checked(conversions_a, n_a, conversions_b, n_b)
    if _degenerate(conversions_a, n_a, conversions_b, n_b):
        return 0.0, 1.0
    p_a, p_b = conversions_a / n_a, conversions_b / n_b
    z = (p_b - p_a) / math.sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b)
    return z, math.erfc(abs(z) / math.sqrt(2))


@mistake("your z has the wrong sign: it is B against A, (p_b - p_a)/SE, positive when B converts more")
def z_of_a_against_b(conversions_a, n_a, conversions_b, n_b):
    _checked(conversions_a, n_a, conversions_b, n_b)
    if _degenerate(conversions_a, n_a, conversions_b, n_b):
        return 0.0, 1.0
    z = -_pooled_z(conversions_a, n_a, conversions_b, n_b)
    return z, math.erfc(abs(z) / math.sqrt(2))


@mistake(
    "you divide by a standard error of 0 when the pooled rate is 0 or 1 (no conversion at all, "
    "or all converted): return (0.0, 1.0) for those before dividing",
    backend=("math", "numpy"),
)
def pooled_rate_of_0_or_1_not_handled(conversions_a, n_a, conversions_b, n_b, backend):
    _checked(conversions_a, n_a, conversions_b, n_b)
    if backend == "math":
        return _pooled_z(conversions_a, n_a, conversions_b, n_b), 1.0
    pooled = (conversions_a + conversions_b) / (n_a + n_b)
    standard_error = np.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    with np.errstate(all="ignore"):
        z = (conversions_b / n_b - conversions_a / n_a) / standard_error
    return z, math.erfc(abs(z) / math.sqrt(2))


@mistake(
    "you accept a group of 0 visitors (0 <= conversions <= n does not rule out n = 0): its "
    "rate is 0/0; raise ValueError when n_a or n_b is below 1, before anything else"
)
def group_of_size_0_accepted(conversions_a, n_a, conversions_b, n_b):
    if not (0 <= conversions_a <= n_a and 0 <= conversions_b <= n_b):
        raise ValueError("conversions must lie in [0, n]")
    if _degenerate(conversions_a, n_a, conversions_b, n_b):
        return 0.0, 1.0
    z = (conversions_b / n_b - conversions_a / n_a) / math.sqrt(
        (conversions_a + conversions_b)
        / (n_a + n_b)
        * (1 - (conversions_a + conversions_b) / (n_a + n_b))
        * (1 / n_a + 1 / n_b)
    )
    return z, math.erfc(abs(z) / math.sqrt(2))
