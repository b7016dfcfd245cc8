"""The unpooled (Wald) standard error: a valid test too, but not the pooled one asked for."""

import math

MISTAKES = "unpooled_variance"


def ab_test(conversions_a, n_a, conversions_b, n_b):
    if n_a <= 0 or n_b <= 0 or not 0 <= conversions_a <= n_a or not 0 <= conversions_b <= n_b:
        raise ValueError("invalid counts")
    if conversions_a + conversions_b in (0, n_a + n_b):
        return 0.0, 1.0
    p_a = conversions_a / n_a
    p_b = conversions_b / n_b
    se = math.sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b)
    z = (p_b - p_a) / se
    return z, math.erfc(abs(z) / math.sqrt(2))
