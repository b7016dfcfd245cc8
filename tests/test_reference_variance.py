"""The variance reference agrees with numpy.var (and with Python's statistics module)."""

from __future__ import annotations

import statistics

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

variance = import_file(load_catalog()["variance"].solution_path, "ref_variance").variance


@pytest.mark.parametrize("axis", [None, 0, 1, -1])
@pytest.mark.parametrize("ddof", [0, 1, 2])
def test_reference_matches_numpy_var(axis: int | None, ddof: int):
    rng = np.random.default_rng(3)
    for _ in range(20):
        offset = rng.choice([0.0, 1e3, 1e9, -1e6])
        x = offset + rng.normal(scale=rng.uniform(0.1, 10.0), size=(4, 5, 6))
        np.testing.assert_allclose(
            variance(x, axis=axis, ddof=ddof), np.var(x, axis=axis, ddof=ddof), rtol=1e-9
        )


def test_reference_matches_the_exact_rational_variance_of_the_statistics_module():
    """statistics.pvariance and variance compute with exact fractions: no cancellation at all."""
    rng = np.random.default_rng(4)
    for offset in (0.0, 1e6, 1e9, 1e12):
        x = offset + rng.normal(size=50)
        assert variance(x) == pytest.approx(statistics.pvariance(x.tolist()), rel=1e-9)
        assert variance(x, ddof=1) == pytest.approx(statistics.variance(x.tolist()), rel=1e-9)


def test_reference_returns_a_python_float_for_axis_none_and_float32_arrays_for_float32():
    x = np.arange(12.0).reshape(3, 4)
    assert type(variance(x)) is float
    assert variance(x.astype(np.float32), axis=0).dtype == np.float32


def test_reference_gives_nan_and_inf_where_numpy_var_does():
    with pytest.warns(RuntimeWarning):
        expected = [np.var(np.array([5.0]), ddof=1), np.var(np.array([1.0, 2.0]), ddof=2)]
    assert np.isnan(variance(np.array([5.0]), ddof=1)) and np.isnan(expected[0])
    assert variance(np.array([1.0, 2.0]), ddof=2) == expected[1] == np.inf
