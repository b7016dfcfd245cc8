"""The ab_test reference against an independent z-test: the z-score from exact rational arithmetic,
the p-value from scipy.stats.norm.sf, and the same test as SciPy's chi-square test of the 2x2
table without continuity correction (its statistic is z², its p-value the same)."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

ab_test = import_file(load_catalog()["ab_test"].solution_path, "ref_ab_test").ab_test


def _exact_z(conversions_a: int, n_a: int, conversions_b: int, n_b: int) -> float:
    """z with the numerator and the variance exact (rationals), one square root at the end."""
    pooled = Fraction(conversions_a + conversions_b, n_a + n_b)
    variance = pooled * (1 - pooled) * (Fraction(1, n_a) + Fraction(1, n_b))
    difference = Fraction(conversions_b, n_b) - Fraction(conversions_a, n_a)
    sign = 1.0 if difference >= 0 else -1.0
    return sign * math.sqrt(float(difference**2 / variance))


def _experiments(seed: int, count: int) -> list[tuple[int, int, int, int]]:
    rng = np.random.default_rng(seed)
    cases = []
    while len(cases) < count:
        n_a, n_b = (int(n) for n in rng.integers(1, 20000, size=2))
        rate_a, rate_b = rng.uniform(0.0, 1.0, size=2)
        case = (int(rng.binomial(n_a, rate_a)), n_a, int(rng.binomial(n_b, rate_b)), n_b)
        if 0 < case[0] + case[2] < n_a + n_b:  # a pooled rate of 0 or 1 has a test of its own
            cases.append(case)
    return cases


@pytest.mark.parametrize("case", _experiments(0, 200))
def test_reference_matches_exact_z_and_scipy_normal_tail(case: tuple[int, int, int, int]) -> None:
    stats = pytest.importorskip("scipy.stats")
    z, p_value = ab_test(*case)
    assert type(z) is float and type(p_value) is float
    expected_z = _exact_z(*case)
    assert z == pytest.approx(expected_z, rel=1e-12, abs=1e-300)
    expected_p = 2.0 * float(stats.norm.sf(abs(expected_z)))
    assert p_value == pytest.approx(expected_p, rel=1e-9, abs=0.0)  # tiny p-values: relatively exact


@pytest.mark.parametrize("case", _experiments(1, 50))
def test_reference_matches_scipy_chi_square_test_of_the_table(case: tuple[int, int, int, int]) -> None:
    stats = pytest.importorskip("scipy.stats")
    conversions_a, n_a, conversions_b, n_b = case
    table = [[conversions_a, n_a - conversions_a], [conversions_b, n_b - conversions_b]]
    chi2, p_chi2, _, _ = stats.chi2_contingency(table, correction=False)
    z, p_value = ab_test(*case)
    assert z**2 == pytest.approx(chi2, rel=1e-9, abs=1e-12)
    assert p_value == pytest.approx(p_chi2, rel=1e-7, abs=1e-300)


def test_reference_keeps_tiny_p_values_where_one_minus_the_cdf_is_zero() -> None:
    stats = pytest.importorskip("scipy.stats")
    z, p_value = ab_test(100, 10000, 400, 10000)
    assert z > 13 and 1.0 - stats.norm.cdf(z) == 0.0
    assert p_value == pytest.approx(2.0 * float(stats.norm.sf(z)), rel=1e-9)
    assert 0.0 < p_value < 1e-38


@pytest.mark.parametrize(
    ("case", "expected"),
    [((0, 10, 0, 20), (0.0, 1.0)), ((10, 10, 20, 20), (0.0, 1.0)), ((30, 300, 10, 100), (0.0, 1.0))],
)
def test_reference_degenerate_and_equal_rates(case: tuple[int, ...], expected: tuple[float, float]) -> None:
    assert ab_test(*case) == expected


@pytest.mark.parametrize(
    "case", [(0, 0, 1, 10), (1, 10, 0, 0), (0, -5, 1, 10), (11, 10, 1, 10), (1, 10, -1, 10)]
)
def test_reference_raises_value_error_on_invalid_counts(case: tuple[int, ...]) -> None:
    with pytest.raises(ValueError):
        ab_test(*case)
