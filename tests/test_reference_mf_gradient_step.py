"""The mf_gradient_step reference agrees with PyTorch's autograd of the same loss (one SGD
step), and with an independent plain-Python loop over the observations."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

mf_gradient_step = import_file(
    load_catalog()["mf_gradient_step"].solution_path, "ref_mf_gradient_step"
).mf_gradient_step


def problem(seed: int, dtype: str = "float64"):
    rng = np.random.default_rng(seed)
    n_users, n_items, k, n = 7, 5, 3, 30
    P, Q = rng.normal(size=(n_users, k)).astype(dtype), rng.normal(size=(n_items, k)).astype(dtype)
    users, items = rng.integers(0, n_users, size=n), rng.integers(0, n_items, size=n)
    return P, Q, users, items, rng.uniform(1.0, 5.0, size=n).astype(dtype)


def loop_step(P, Q, users, items, ratings, lr, reg):
    P, Q = P.tolist(), Q.tolist()
    n, k = len(ratings), len(P[0])
    grad_P = [[2 * reg * value for value in row] for row in P]
    grad_Q = [[2 * reg * value for value in row] for row in Q]
    for u, i, r in zip(users.tolist(), items.tolist(), ratings.tolist()):
        error = r - sum(P[u][f] * Q[i][f] for f in range(k))
        for f in range(k):
            grad_P[u][f] -= 2 / n * error * Q[i][f]
            grad_Q[i][f] -= 2 / n * error * P[u][f]
    new_P = [[p - lr * g for p, g in zip(row, grow)] for row, grow in zip(P, grad_P)]
    new_Q = [[q - lr * g for q, g in zip(row, grow)] for row, grow in zip(Q, grad_Q)]
    return np.array(new_P), np.array(new_Q)


@pytest.mark.parametrize("seed", range(5))
def test_reference_matches_a_plain_python_loop(seed: int) -> None:
    P, Q, users, items, ratings = problem(seed)
    for got, due in zip(
        mf_gradient_step(P, Q, users, items, ratings, 0.1, 0.05),
        loop_step(P, Q, users, items, ratings, 0.1, 0.05),
    ):
        np.testing.assert_allclose(got, due, rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize(("dtype", "rtol"), [("float64", 1e-12), ("float32", 2e-5)])
def test_reference_matches_torch_autograd_and_sgd(dtype: str, rtol: float) -> None:
    torch = import_torch()
    P, Q, users, items, ratings = problem(11, dtype)
    lr, reg = 0.2, 0.03
    tP, tQ = torch.tensor(P, requires_grad=True), torch.tensor(Q, requires_grad=True)
    predictions = (tP[torch.from_numpy(users)] * tQ[torch.from_numpy(items)]).sum(dim=1)
    loss = torch.nn.functional.mse_loss(predictions, torch.from_numpy(ratings)) + reg * (
        tP.square().sum() + tQ.square().sum()
    )
    optimizer = torch.optim.SGD([tP, tQ], lr=lr)
    loss.backward()
    optimizer.step()
    new_P, new_Q = mf_gradient_step(P, Q, users, items, ratings, lr, reg)
    assert new_P.dtype == P.dtype
    np.testing.assert_allclose(new_P, tP.detach().numpy(), rtol=rtol, atol=rtol)
    np.testing.assert_allclose(new_Q, tQ.detach().numpy(), rtol=rtol, atol=rtol)
