"""Written without reading the hidden tests: z of A against B, so its sign is reversed."""

import math

MISTAKES = "z_of_a_against_b"


def ab_test(conversions_a, n_a, conversions_b, n_b):
    if min(n_a, n_b) < 1:
        raise ValueError("each group needs visitors")
    if conversions_a < 0 or conversions_b < 0 or conversions_a > n_a or conversions_b > n_b:
        raise ValueError("conversions must be between 0 and n")
    rate_a, rate_b = conversions_a / n_a, conversions_b / n_b
    pooled = (conversions_a + conversions_b) / (n_a + n_b)
    if pooled in (0.0, 1.0):
        return 0.0, 1.0
    z = (rate_a - rate_b) / math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    return z, math.erfc(abs(z) / math.sqrt(2))
