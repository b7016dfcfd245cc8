"""The sigmoid reference against SciPy's expit and an exact computation in decimal arithmetic."""

from __future__ import annotations

import decimal
import warnings

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

sigmoid = import_file(load_catalog()["sigmoid"].solution_path, "ref_sigmoid").sigmoid

# Below this, e^-z overflows and SciPy 1.17's expit returns 0 where e^z/(1 + e^z) is subnormal.
EXPIT_FLUSHES_BELOW = -709.78


def exact_sigmoid(z: float) -> float:
    """sigma(z) to 60 significant digits, then rounded once to the nearest float64."""
    with decimal.localcontext() as context:
        context.prec = 60
        return float(1 / (1 + (-decimal.Decimal(z)).exp()))


def test_reference_matches_scipy_expit_where_expit_is_exact():
    special = pytest.importorskip("scipy.special")
    rng = np.random.default_rng(1)
    z = np.concatenate(
        [rng.uniform(EXPIT_FLUSHES_BELOW, 1000.0, size=5000), rng.normal(scale=5.0, size=2000)]
    )
    np.testing.assert_allclose(sigmoid(z), special.expit(z), rtol=2e-15, atol=0.0)
    z32 = rng.normal(scale=10.0, size=500).astype(np.float32)
    np.testing.assert_allclose(sigmoid(z32), special.expit(z32), rtol=1e-6)


def test_reference_is_exact_over_minus_1000_to_1000():
    """Within 2 units in the last place of the correctly rounded value, subnormals included."""
    rng = np.random.default_rng(2)
    z = np.concatenate([np.linspace(-1000.0, 1000.0, 2001), rng.uniform(-760.0, -700.0, size=300)])
    expected = np.array([exact_sigmoid(value) for value in z.tolist()])
    result = sigmoid(z)
    ulps = np.abs(result - expected) / np.spacing(expected)
    assert ulps.max() <= 2.0, f"{ulps.max()} units in the last place at z = {z[np.argmax(ulps)]}"
    assert sigmoid(-720.0) == pytest.approx(2.0322308024e-313, rel=1e-9)


def test_reference_warns_nothing_and_keeps_its_types():
    z = np.array([-1000.0, -745.0, -720.0, 0.0, 720.0, 1000.0])
    copy = z.copy()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="warn", invalid="warn", divide="warn"):  # NumPy's defaults
            result = sigmoid(z)
            result32 = sigmoid(z.astype(np.float32))
            scalar = sigmoid(-3.0)
    np.testing.assert_array_equal(z, copy)
    assert result.dtype == np.float64 and result.shape == z.shape
    assert result32.dtype == np.float32
    assert type(scalar) is float and type(sigmoid(2)) is float
    assert sigmoid(np.zeros((0, 3))).shape == (0, 3)
