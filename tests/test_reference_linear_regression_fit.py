"""The linear_regression_fit reference against scikit-learn's Ridge and LinearRegression and numpy's lstsq."""

from __future__ import annotations

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

linear_regression_fit = import_file(
    load_catalog()["linear_regression_fit"].solution_path, "ref_linear_regression_fit"
).linear_regression_fit


def _objective(X: np.ndarray, y: np.ndarray, l2: float, w: np.ndarray, b: float) -> float:
    return float(np.mean((y - X @ w - b) ** 2) + l2 * np.sum(w**2))


def _problems(seed: int, count: int):
    rng = np.random.default_rng(seed)
    for _ in range(count):
        n, d = int(rng.integers(5, 40)), int(rng.integers(1, 6))
        X = rng.normal(size=(n, d)) * rng.uniform(0.1, 10.0, size=d) + rng.normal(scale=5.0, size=d)
        y = X @ rng.normal(size=d) + rng.normal(scale=20.0) + rng.normal(size=n)
        yield X, y


@pytest.mark.parametrize("l2", [0.01, 0.3, 5.0])
def test_reference_matches_ridge_with_alpha_n_times_l2(l2: float):
    linear_model = pytest.importorskip("sklearn.linear_model")
    for X, y in _problems(1, 20):
        w, b = linear_regression_fit(X, y, l2)
        ridge = linear_model.Ridge(alpha=len(y) * l2, solver="svd").fit(X, y)
        np.testing.assert_allclose(w, ridge.coef_, rtol=1e-8, atol=1e-10)
        assert b == pytest.approx(ridge.intercept_, rel=1e-8, abs=1e-10)


def test_reference_matches_linear_regression_without_a_penalty():
    linear_model = pytest.importorskip("sklearn.linear_model")
    for X, y in _problems(2, 20):
        w, b = linear_regression_fit(X, y)
        ols = linear_model.LinearRegression().fit(X, y)
        np.testing.assert_allclose(w, ols.coef_, rtol=1e-8, atol=1e-10)
        assert b == pytest.approx(ols.intercept_, rel=1e-8, abs=1e-10)


def test_rank_deficient_x_reaches_the_objective_of_lstsq_with_a_column_of_ones():
    """Equal and constant columns, more features than samples: lstsq's objective is the minimum."""
    rng = np.random.default_rng(3)
    for _ in range(20):
        n, d = int(rng.integers(2, 12)), int(rng.integers(1, 5))
        X = rng.normal(size=(n, d))
        X = np.hstack([X, X[:, :1] * rng.normal(), np.full((n, 1), rng.normal()), rng.normal(size=(n, 3))])
        y = rng.normal(size=n) + 3.0
        w, b = linear_regression_fit(X, y)
        coefficients = np.linalg.lstsq(np.hstack([X, np.ones((n, 1))]), y, rcond=None)[0]
        best = _objective(X, y, 0.0, coefficients[:-1], coefficients[-1])
        assert _objective(X, y, 0.0, w, b) == pytest.approx(best, rel=1e-9, abs=1e-12 * np.mean(y**2))
        assert w.shape == (X.shape[1],) and type(b) is float


def test_the_gradient_of_the_objective_is_zero_at_the_reference():
    """An independent check of the formula: ∂J/∂w = -(2/n)Xᵀr + 2·l2·w = 0 and ∂J/∂b = -(2/n)Σr = 0."""
    for X, y in _problems(4, 20):
        for l2 in (0.0, 0.2):
            w, b = linear_regression_fit(X, y, l2)
            residual = y - X @ w - b
            scale = np.abs(X).max() * np.abs(y).max()
            np.testing.assert_allclose(-2 * X.T @ residual / len(y) + 2 * l2 * w, 0.0, atol=1e-9 * scale)
            assert abs(residual.mean()) <= 1e-9 * np.abs(y).max()


def test_float32_input_gives_float32_weights():
    X, y = next(_problems(5, 1))
    w, b = linear_regression_fit(X.astype(np.float32), y.astype(np.float32), 0.1)
    assert w.dtype == np.float32 and type(b) is float
