"""Subtle: checks 0 <= conversions <= n, which rejects negative sizes, but lets n = 0 through."""

import math

MISTAKES = "group_of_size_0_accepted"


def ab_test(conversions_a, n_a, conversions_b, n_b):
    if not (0 <= conversions_a <= n_a and 0 <= conversions_b <= n_b):
        raise ValueError("conversions must lie in [0, n]")
    total = conversions_a + conversions_b
    if total == 0 or total == n_a + n_b:
        return 0.0, 1.0
    rate_a, rate_b = conversions_a / n_a, conversions_b / n_b
    pooled = total / (n_a + n_b)
    z = (rate_b - rate_a) / math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    return z, math.erfc(abs(z) / math.sqrt(2))
