"""The momentum_step reference against torch.optim.SGD(momentum=beta, dampening=0), over several steps."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

momentum_step = import_file(load_catalog()["momentum_step"].solution_path, "ref_momentum_step").momentum_step


@pytest.mark.parametrize(("dtype", "rtol"), [(np.float64, 1e-12), (np.float32, 1e-5)])
@pytest.mark.parametrize(("lr", "beta"), [(0.01, 0.9), (0.1, 0.5), (0.05, 0.0), (0.002, 0.99)])
def test_reference_matches_torch_sgd_with_momentum(dtype: type, rtol: float, lr: float, beta: float) -> None:
    """PyTorch's first step sets its buffer to grad, which is beta·0 + grad: the reference starts at 0.

    With momentum 0 PyTorch keeps no buffer: the velocity is then the gradient itself.
    """
    torch = import_torch()
    rng = np.random.default_rng(6)
    theta = rng.normal(size=(3, 7)).astype(dtype)
    velocity = np.zeros_like(theta)
    parameter = torch.nn.Parameter(torch.from_numpy(theta.copy()))
    optimizer = torch.optim.SGD([parameter], lr=lr, momentum=beta, dampening=0.0, foreach=False)
    for step in range(1, 26):
        grad = rng.normal(size=theta.shape).astype(dtype)
        parameter.grad = torch.from_numpy(grad.copy())
        optimizer.step()
        theta, velocity = momentum_step(theta, grad, velocity, lr, beta)
        assert theta.dtype == velocity.dtype == dtype
        state = optimizer.state[parameter]
        buffer = state["momentum_buffer"].numpy() if beta else grad
        expected = parameter.detach().numpy()
        np.testing.assert_allclose(theta, expected, rtol=rtol, atol=rtol, err_msg=f"theta at step {step}")
        np.testing.assert_allclose(velocity, buffer, rtol=rtol, atol=rtol, err_msg=f"velocity at step {step}")


def test_reference_leaves_its_inputs_alone() -> None:
    rng = np.random.default_rng(1)
    arrays = [rng.normal(size=(3, 3)) for _ in range(3)]
    copies = [array.copy() for array in arrays]
    momentum_step(*arrays, 0.1, 0.9)
    for array, copy in zip(arrays, copies):
        np.testing.assert_array_equal(array, copy)
