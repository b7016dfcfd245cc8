"""The bce_with_logits reference against scikit-learn's log_loss and exact decimal arithmetic."""

from __future__ import annotations

import decimal
import math

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

bce_with_logits = import_file(
    load_catalog()["bce_with_logits"].solution_path, "ref_bce_with_logits"
).bce_with_logits


def exact_loss(y_true: np.ndarray, logits: np.ndarray) -> float:
    """-[y log s + (1 - y) log(1 - s)] with s = 1/(1 + e^-z), each term in 60-digit decimals."""
    total = decimal.Decimal(0)
    with decimal.localcontext() as context:
        context.prec = 60
        for y, z in zip(np.ravel(y_true).tolist(), np.ravel(logits).tolist()):
            y, z = decimal.Decimal(y), decimal.Decimal(z)
            s = 1 / (1 + (-z).exp())
            one_minus_s = 1 / (1 + z.exp())  # not 1 - s, which would cancel
            total -= y * s.ln() + (1 - y) * one_minus_s.ln()
        return float(total / len(np.ravel(logits)))


@pytest.mark.parametrize("n", [1, 2, 7, 100, 1000])
def test_reference_matches_sklearn_log_loss_of_the_sigmoid(n: int):
    metrics = pytest.importorskip("sklearn.metrics")
    special = pytest.importorskip("scipy.special")
    rng = np.random.default_rng(n)
    y = rng.integers(0, 2, size=n)
    z = rng.normal(scale=4.0, size=n)  # |z| < 30: the probabilities stay inside log_loss's clip
    expected = metrics.log_loss(y, special.expit(z), labels=[0, 1])
    assert bce_with_logits(y, z) == pytest.approx(expected, rel=1e-12, abs=1e-15)


@pytest.mark.parametrize("scale", [1.0, 30.0, 1000.0])
def test_reference_matches_exact_decimal_arithmetic(scale: float):
    rng = np.random.default_rng(int(scale))
    y = np.concatenate([rng.uniform(0.0, 1.0, size=40), rng.integers(0, 2, size=40)])
    z = np.clip(rng.normal(scale=scale, size=80), -1000.0, 1000.0)
    result = bce_with_logits(y, z)
    assert type(result) is float
    assert result == pytest.approx(exact_loss(y, z), rel=1e-13, abs=1e-15)


def test_reference_is_exact_at_1000_and_computes_float32_inputs_in_float64():
    assert bce_with_logits(np.array([0.0, 1.0]), np.array([1000.0, -1000.0])) == 1000.0
    assert bce_with_logits(np.array([1.0, 0.0]), np.array([1000.0, -1000.0])) == 0.0
    assert bce_with_logits(np.array([1.0]), np.array([40.0])) == pytest.approx(math.exp(-40.0), rel=1e-15)
    y = np.array([0.25, 1.0, 0.0], dtype=np.float32)
    z = np.array([3.5, -20.0, 17.25], dtype=np.float32)
    copies = y.copy(), z.copy()
    expected = exact_loss(y.astype(np.float64), z.astype(np.float64))
    assert bce_with_logits(y, z) == pytest.approx(expected, rel=1e-14)
    np.testing.assert_array_equal(y, copies[0])
    np.testing.assert_array_equal(z, copies[1])
