"""The soft_threshold reference against scikit-learn's Lasso, PyTorch's softshrink where
installed, and an independent plain-Python computation of the proximal step."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

soft_threshold = import_file(
    load_catalog()["soft_threshold"].solution_path, "ref_soft_threshold"
).soft_threshold


def _plain(w: list[float], lam: float) -> list[float]:
    """argmin_x ½(x − w)² + lam·|x| for each weight, case by case."""
    return [value - lam if value > lam else value + lam if value < -lam else 0.0 for value in w]


def test_reference_matches_plain_python_on_random_weights():
    rng = np.random.default_rng(0)
    for _ in range(20):
        w = rng.normal(scale=rng.uniform(0.1, 10.0), size=13)
        w[rng.integers(0, 13, size=3)] = 0.0
        lam = float(rng.uniform(0.0, 3.0))
        np.testing.assert_array_equal(soft_threshold(w, lam), np.array(_plain(w.tolist(), lam)))


def test_reference_minimises_the_proximal_objective():
    rng = np.random.default_rng(1)
    w, lam = rng.normal(size=50), 0.7
    x = soft_threshold(w, lam)
    for shift in (-1e-3, 1e-3, 0.1, -0.1):
        moved = x + shift
        assert np.all(0.5 * (x - w) ** 2 + lam * np.abs(x) <= 0.5 * (moved - w) ** 2 + lam * np.abs(moved))


def test_reference_matches_sklearn_lasso_with_an_orthogonal_design():
    """Lasso minimises ‖y − Xw‖²/(2n) + α‖w‖₁; with X = √n·I that is ½‖y/√n − w‖² + α‖w‖₁."""
    linear_model = pytest.importorskip("sklearn.linear_model")
    rng = np.random.default_rng(2)
    n = 40
    y = rng.normal(scale=3.0, size=n)
    for alpha in (0.05, 0.3, 1.0):
        lasso = linear_model.Lasso(alpha=alpha, fit_intercept=False, tol=1e-14, max_iter=10_000)
        lasso.fit(np.sqrt(n) * np.eye(n), y)
        np.testing.assert_allclose(soft_threshold(y / np.sqrt(n), alpha), lasso.coef_, rtol=1e-9, atol=1e-12)


def test_reference_matches_torch_softshrink():
    torch = import_torch()
    w = np.random.default_rng(3).normal(size=(5, 7))
    expected = torch.nn.functional.softshrink(torch.from_numpy(w), 0.4).numpy()
    np.testing.assert_allclose(soft_threshold(w, 0.4), expected, rtol=1e-15)


def test_reference_keeps_float32_and_changes_no_input():
    w = np.random.default_rng(4).normal(size=(3, 4)).astype(np.float32)
    before = w.copy()
    assert soft_threshold(w, 0.5).dtype == np.float32
    np.testing.assert_array_equal(w, before)
