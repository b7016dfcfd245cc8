"""The mse_loss_and_grad reference against scikit-learn's mean_squared_error and central differences."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

mse_loss_and_grad = import_file(
    load_catalog()["mse_loss_and_grad"].solution_path, "ref_mse_loss_and_grad"
).mse_loss_and_grad


def _problems(seed: int, count: int):
    rng = np.random.default_rng(seed)
    for _ in range(count):
        n, d = int(rng.integers(1, 30)), int(rng.integers(1, 8))
        X = rng.normal(size=(n, d))
        yield X, X @ rng.normal(size=d) + rng.normal(size=n), rng.normal(size=d), float(rng.normal())


def test_loss_matches_scikit_learn():
    metrics = pytest.importorskip("sklearn.metrics")
    for X, y, w, b in _problems(5, 30):
        loss, _, _ = mse_loss_and_grad(X, y, w, b)
        assert loss == pytest.approx(metrics.mean_squared_error(y, X @ w + b), rel=1e-12)


def test_gradients_match_central_differences_of_the_loss():
    """An independent check of the calculus: each partial derivative by (L(θ+h) - L(θ-h)) / 2h."""
    h = 1e-6
    for X, y, w, b in _problems(6, 30):
        _, dw, db = mse_loss_and_grad(X, y, w, b)

        def loss(w_, b_, X=X, y=y):
            return float(np.mean((y - X @ w_ - b_) ** 2))

        for j in range(len(w)):
            step = np.zeros_like(w)
            step[j] = h
            assert dw[j] == pytest.approx(
                (loss(w + step, b) - loss(w - step, b)) / (2 * h), rel=1e-6, abs=1e-7
            )
        assert db == pytest.approx((loss(w, b + h) - loss(w, b - h)) / (2 * h), rel=1e-6, abs=1e-7)


def test_reference_matches_torch_autograd():
    torch = import_torch()
    for X, y, w, b in _problems(7, 10):
        weights = torch.tensor(w, requires_grad=True)
        bias = torch.tensor(b, dtype=torch.float64, requires_grad=True)
        prediction = torch.from_numpy(X) @ weights + bias
        value = torch.nn.functional.mse_loss(prediction, torch.from_numpy(y))
        value.backward()
        loss, dw, db = mse_loss_and_grad(X, y, w, b)
        assert loss == pytest.approx(value.item(), rel=1e-12)
        np.testing.assert_allclose(dw, weights.grad.numpy(), rtol=1e-10, atol=1e-12)
        assert db == pytest.approx(bias.grad.item(), rel=1e-10, abs=1e-12)


def test_types_and_float32():
    X, y, w, b = next(_problems(8, 1))
    loss, dw, db = mse_loss_and_grad(X, y, w, b)
    assert type(loss) is float and type(db) is float and dw.shape == w.shape and dw.dtype == np.float64
    f32 = np.float32
    assert mse_loss_and_grad(X.astype(f32), y.astype(f32), w.astype(f32), b)[1].dtype == np.float32
