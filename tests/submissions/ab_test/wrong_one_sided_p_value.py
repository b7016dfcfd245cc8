"""Wrong: a one-sided p-value, 1 - Φ(|z|) (a new-user trial wrote it)."""

import math

MISTAKES = "one_sided_p_value"


def ab_test(conversions_a, n_a, conversions_b, n_b):
    if n_a < 1 or n_b < 1 or not (0 <= conversions_a <= n_a and 0 <= conversions_b <= n_b):
        raise ValueError("bad counts")
    p = (conversions_a + conversions_b) / (n_a + n_b)
    if p in (0.0, 1.0):
        return 0.0, 1.0
    se = math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
    z = (conversions_b / n_b - conversions_a / n_a) / se
    phi = 0.5 * (1 + math.erf(abs(z) / math.sqrt(2)))
    return z, 1 - phi
