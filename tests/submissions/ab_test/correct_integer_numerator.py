"""Right: the rate difference over a common denominator, c_b·n_a − c_a·n_b, exact in integers;
a zero variance found from the integer counts."""

import math


def ab_test(conversions_a, n_a, conversions_b, n_b):
    if n_a < 1 or n_b < 1:
        raise ValueError("every group needs at least one visitor")
    if conversions_a < 0 or conversions_a > n_a or conversions_b < 0 or conversions_b > n_b:
        raise ValueError("conversions must be between 0 and the group's size")
    converted, visitors = conversions_a + conversions_b, n_a + n_b
    if converted in (0, visitors):
        return 0.0, 1.0
    # p(1 - p)(1/n_a + 1/n_b) = converted·(visitors − converted)/visitors² · visitors/(n_a·n_b)
    standard_error = math.sqrt(converted * (visitors - converted) / (visitors * n_a * n_b))
    z = (conversions_b * n_a - conversions_a * n_b) / (n_a * n_b) / standard_error
    return z, math.erfc(abs(z) / math.sqrt(2))
