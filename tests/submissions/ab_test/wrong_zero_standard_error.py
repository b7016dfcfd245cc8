"""No special case for a pooled rate of 0 or 1: NumPy divides 0 by 0 and returns NaN."""

import math

import numpy as np

MISTAKES = "pooled_rate_of_0_or_1_not_handled"


def ab_test(conversions_a, n_a, conversions_b, n_b):
    if n_a <= 0 or n_b <= 0:
        raise ValueError("n must be positive")
    if not 0 <= conversions_a <= n_a or not 0 <= conversions_b <= n_b:
        raise ValueError("conversions must be in [0, n]")
    pooled = (conversions_a + conversions_b) / (n_a + n_b)
    se = np.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    z = (conversions_b / n_b - conversions_a / n_a) / se
    return float(z), math.erfc(abs(z) / math.sqrt(2))
