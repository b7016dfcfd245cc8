"""The population_stability_index reference against an independent plain-Python computation of
the catalog's rule (no library computes PSI): linear-interpolation quantiles of the sorted
expected sample, duplicate edges dropped, bisect_right for the bins, fractions clipped at eps."""

from __future__ import annotations

import bisect
import math

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

population_stability_index = import_file(
    load_catalog()["population_stability_index"].solution_path, "ref_population_stability_index"
).population_stability_index


def _quantile(ordered: list[float], level: float) -> float:
    """Linear interpolation between the order statistics (NumPy's default method)."""
    position = (len(ordered) - 1) * level
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (position - low) * (ordered[high] - ordered[low])


def _plain_psi(expected: list[float], actual: list[float], bins: int, eps: float) -> float:
    ordered = sorted(expected)
    edges = sorted({_quantile(ordered, i / bins) for i in range(1, bins)})
    psi = 0.0
    for b in range(len(edges) + 1):
        e = sum(1 for v in expected if bisect.bisect_right(edges, v) == b) / len(expected)
        a = sum(1 for v in actual if bisect.bisect_right(edges, v) == b) / len(actual)
        e, a = max(e, eps), max(a, eps)
        psi += (a - e) * math.log(a / e)
    return psi


def _samples(seed: int) -> tuple[np.ndarray, np.ndarray, int, float]:
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(1, 300)), int(rng.integers(1, 300))
    kind = seed % 3
    if kind == 0:  # continuous, shifted
        expected, actual = rng.normal(size=n), rng.normal(rng.uniform(-1, 1), rng.uniform(0.5, 2), size=m)
    elif kind == 1:  # integer-valued: many ties, duplicate edges, values on edges
        expected = rng.integers(0, 6, size=n).astype(np.float64)
        actual = rng.integers(0, 8, size=m).astype(np.float64)
    else:  # a point mass and values outside the expected range
        expected = np.concatenate([np.zeros(n), rng.exponential(size=n)])
        actual = rng.uniform(-1.0, 6.0, size=m)
    return expected, actual, int(rng.integers(1, 15)), float(rng.choice([1e-6, 1e-4, 1e-2]))


@pytest.mark.parametrize("seed", range(45))
def test_reference_matches_a_plain_python_computation(seed: int) -> None:
    expected, actual, bins, eps = _samples(seed)
    result = population_stability_index(expected, actual, bins=bins, eps=eps)
    assert type(result) is float
    assert result == pytest.approx(
        _plain_psi(expected.tolist(), actual.tolist(), bins, eps), rel=1e-10, abs=1e-13
    )


def test_reference_edges_on_data_points_put_the_value_in_the_bin_above() -> None:
    expected = np.arange(9.0)  # edges 2, 4, 6 for bins=4
    actual = np.array([2.0, 2.0, 4.0, 6.0, 6.0, 6.0, 8.0, -1.0])
    # bins (-inf, 2), [2, 4), [4, 6), [6, inf): expected 2/9 2/9 2/9 3/9, actual 1/8 2/8 1/8 4/8
    e, a = np.array([2, 2, 2, 3]) / 9, np.array([1, 2, 1, 4]) / 8
    expected_psi = float(np.sum((a - e) * np.log(a / e)))
    assert population_stability_index(expected, actual, bins=4) == pytest.approx(expected_psi, rel=1e-14)


def test_reference_is_zero_for_one_bin_and_raises_for_none() -> None:
    assert population_stability_index(np.arange(5.0), np.arange(3.0) + 10, bins=1) == 0.0
    with pytest.raises(ValueError):
        population_stability_index(np.arange(5.0), np.arange(3.0), bins=0)
