"""Subtle: the p-value as 1 - erf(|z|/√2). Exact enough for ordinary z; exactly 0 for |z| > 8."""

import math

MISTAKES = "one_minus_the_cdf"


def ab_test(conversions_a, n_a, conversions_b, n_b):
    if n_a < 1 or n_b < 1:
        raise ValueError("empty group")
    if not (0 <= conversions_a <= n_a) or not (0 <= conversions_b <= n_b):
        raise ValueError("conversions outside [0, n]")
    p = (conversions_a + conversions_b) / (n_a + n_b)
    if p == 0 or p == 1:
        return 0.0, 1.0
    z = (conversions_b / n_b - conversions_a / n_a) / math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
    return z, 1 - math.erf(abs(z) / math.sqrt(2))
