"""Right: the p-value as twice the normal survival function, 2·Q(|z|) = erfc(|z|/√2), written
with the complementary error function of the standard library."""

import math


def _normal_survival(x):
    return 0.5 * math.erfc(x / math.sqrt(2.0))


def ab_test(conversions_a, n_a, conversions_b, n_b):
    for conversions, n in ((conversions_a, n_a), (conversions_b, n_b)):
        if n < 1 or conversions < 0 or conversions > n:
            raise ValueError(f"{conversions} conversions of {n} visitors")
    p_a, p_b = conversions_a / n_a, conversions_b / n_b
    pooled = (conversions_a + conversions_b) / (n_a + n_b)
    variance = pooled * (1.0 - pooled) * (1.0 / n_a + 1.0 / n_b)
    if variance == 0.0:
        return 0.0, 1.0
    z = (p_b - p_a) / math.sqrt(variance)
    return z, 2.0 * _normal_survival(abs(z))
