"""The logistic_regression_step reference against scikit-learn's log loss and a plain-Python loop."""

from __future__ import annotations

import math

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

logistic_regression_step = import_file(
    load_catalog()["logistic_regression_step"].solution_path, "ref_logistic_regression_step"
).logistic_regression_step


def loop_step(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, lr: float, l2: float):
    """The catalog's gradients one example and one weight at a time, in plain Python."""
    n, d = X.shape
    rows, labels, weights = X.tolist(), y.tolist(), w.tolist()
    residuals = []
    for row, label in zip(rows, labels):
        z = math.fsum(x * weight for x, weight in zip(row, weights)) + b
        sigma = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
        residuals.append(sigma - label)
    grad_w = [
        math.fsum(rows[i][j] * residuals[i] for i in range(n)) / n + 2.0 * l2 * weights[j] for j in range(d)
    ]
    grad_b = math.fsum(residuals) / n
    return [weight - lr * g for weight, g in zip(weights, grad_w)], b - lr * grad_b


@pytest.mark.parametrize(("n", "d", "l2"), [(1, 1, 0.0), (5, 3, 0.0), (40, 6, 0.1), (200, 2, 1.0)])
def test_reference_matches_a_plain_python_loop(n: int, d: int, l2: float):
    rng = np.random.default_rng([n, d])
    X = rng.normal(scale=3.0, size=(n, d))
    y = rng.integers(0, 2, size=n).astype(np.float64)
    w, b = rng.normal(size=d), float(rng.normal())
    new_w, new_b = logistic_regression_step(X, y, w, b, 0.3, l2)
    loop_w, loop_b = loop_step(X, y, w, b, 0.3, l2)
    np.testing.assert_allclose(new_w, loop_w, rtol=1e-12, atol=1e-14)
    assert type(new_b) is float and new_b == pytest.approx(loop_b, rel=1e-12, abs=1e-14)


def test_reference_steps_along_minus_the_gradient_of_sklearn_log_loss():
    """Central differences of log_loss(y, expit(Xw + b)) + l2·|w|² give the step's gradient."""
    metrics = pytest.importorskip("sklearn.metrics")
    special = pytest.importorskip("scipy.special")
    rng = np.random.default_rng(5)
    X = rng.normal(size=(30, 4))
    y = rng.integers(0, 2, size=30)
    w, b, l2, lr, h = rng.normal(size=4), 0.4, 0.2, 1.0, 1e-6

    def loss(weights: np.ndarray, intercept: float) -> float:
        return (
            metrics.log_loss(y, special.expit(X @ weights + intercept), labels=[0, 1])
            + l2 * weights @ weights
        )

    steps = np.eye(4) * h
    grad_w = np.array([(loss(w + step, b) - loss(w - step, b)) / (2 * h) for step in steps])
    grad_b = (loss(w, b + h) - loss(w, b - h)) / (2 * h)
    new_w, new_b = logistic_regression_step(X, y, w, b, lr, l2)
    np.testing.assert_allclose(w - new_w, lr * grad_w, rtol=1e-6, atol=1e-9)
    assert b - new_b == pytest.approx(lr * grad_b, rel=1e-6, abs=1e-9)


def test_reference_is_finite_for_huge_logits_and_leaves_its_inputs_alone():
    X = np.array([[1000.0, -2000.0], [-1500.0, 800.0], [3.0, 1.0]])
    y = np.array([0.0, 1.0, 1.0])
    w = np.array([1.0, 1.0])
    copies = X.copy(), y.copy(), w.copy()
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        new_w, new_b = logistic_regression_step(X, y, w, 0.0, 0.1, 0.5)
    assert np.isfinite(new_w).all() and math.isfinite(new_b)
    for array, copy in zip((X, y, w), copies):
        np.testing.assert_array_equal(array, copy)
    w32, b32 = logistic_regression_step(
        X.astype(np.float32), y.astype(np.float32), w.astype(np.float32), 0.0, 0.1
    )
    assert w32.dtype == np.float32 and w32.shape == (2,) and type(b32) is float
