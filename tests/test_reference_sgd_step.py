"""The sgd_step reference against torch.optim.SGD with weight decay, over several steps."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

sgd_step = import_file(load_catalog()["sgd_step"].solution_path, "ref_sgd_step").sgd_step


@pytest.mark.parametrize(("dtype", "rtol"), [(np.float64, 1e-12), (np.float32, 1e-5)])
@pytest.mark.parametrize(("lr", "weight_decay"), [(0.1, 0.0), (0.05, 0.01), (0.3, 0.5)])
def test_reference_matches_torch_sgd_over_several_steps(
    dtype: type, rtol: float, lr: float, weight_decay: float
) -> None:
    torch = import_torch()
    rng = np.random.default_rng(4)
    theta = rng.normal(size=(4, 5)).astype(dtype)
    parameter = torch.nn.Parameter(torch.from_numpy(theta.copy()))
    optimizer = torch.optim.SGD([parameter], lr=lr, weight_decay=weight_decay, foreach=False)
    for step in range(1, 21):
        grad = rng.normal(size=theta.shape).astype(dtype)
        parameter.grad = torch.from_numpy(grad.copy())
        optimizer.step()
        theta = sgd_step(theta, grad, lr, weight_decay)
        assert theta.dtype == dtype
        expected = parameter.detach().numpy()
        np.testing.assert_allclose(theta, expected, rtol=rtol, atol=rtol, err_msg=f"step {step}")


def test_reference_leaves_its_inputs_alone() -> None:
    rng = np.random.default_rng(1)
    theta, grad = rng.normal(size=(3, 3)), rng.normal(size=(3, 3))
    copies = theta.copy(), grad.copy()
    sgd_step(theta, grad, 0.1, 0.01)
    np.testing.assert_array_equal(theta, copies[0])
    np.testing.assert_array_equal(grad, copies[1])
