"""Reference solution of the ab_test kata."""

import math


def ab_test(conversions_a: int, n_a: int, conversions_b: int, n_b: int) -> tuple[float, float]:
    """Two-proportion z-test of variant B against variant A, with the pooled variance.

    z = (p_b − p_a) / √(p(1 − p)(1/n_a + 1/n_b)), with p = (c_a + c_b)/(n_a + n_b) the
    conversion rate of both groups pooled (the rate under the null hypothesis p_a = p_b), and
    the two-sided p-value P(|Z| ≥ |z|) = erfc(|z|/√2) of a standard normal Z (statsmodels'
    proportions_ztest with its default pooled variance; erfc keeps tiny p-values exact).

    Parameters
    ----------
    conversions_a, conversions_b : int
        Visitors who converted in each group, in [0, n].
    n_a, n_b : int
        Visitors in each group, at least 1.

    Returns
    -------
    (z, p_value) : tuple of two Python floats
        z > 0 when B converts at a higher rate. A pooled rate of 0 or 1 (no conversion at
        all, or every visitor converting) has no variance: (0.0, 1.0).

    Raises
    ------
    ValueError
        When n_a or n_b is below 1, or a number of conversions is outside [0, n].
    """
    if n_a <= 0 or n_b <= 0:
        raise ValueError(f"group sizes must be at least 1, not {n_a} and {n_b}")
    if not (0 <= conversions_a <= n_a and 0 <= conversions_b <= n_b):
        raise ValueError("conversions must lie between 0 and the group's size")
    converted = conversions_a + conversions_b
    visitors = n_a + n_b
    if converted == 0 or converted == visitors:
        return 0.0, 1.0
    pooled = converted / visitors
    standard_error = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    z = (conversions_b / n_b - conversions_a / n_a) / standard_error
    return z, math.erfc(abs(z) / math.sqrt(2))
