"""The adamw_step reference against torch.optim.AdamW over several steps, in float64 and float32."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

adamw_step = import_file(load_catalog()["adamw_step"].solution_path, "ref_adamw_step").adamw_step

SETTINGS = [
    {},
    {"lr": 0.05, "beta1": 0.8, "beta2": 0.99, "eps": 1e-6, "weight_decay": 0.1},
    {"lr": 0.01, "beta1": 0.0, "beta2": 0.5, "eps": 0.1, "weight_decay": 0.0},
    {"lr": 0.1, "weight_decay": 0.5},
]
DEFAULTS = {"lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0.01}
DTYPES = [(np.float64, 1e-10), (np.float32, 2e-5)]


@pytest.mark.parametrize(("dtype", "rtol"), DTYPES)
@pytest.mark.parametrize("settings", SETTINGS)
@pytest.mark.parametrize("scale", [1.0, 1e-8])
def test_reference_matches_torch_adamw(dtype: type, rtol: float, settings: dict, scale: float) -> None:
    torch = import_torch()
    rng = np.random.default_rng(3)
    theta = rng.normal(size=(4, 5)).astype(dtype)
    m, v = np.zeros_like(theta), np.zeros_like(theta)
    hyper = DEFAULTS | settings
    parameter = torch.nn.Parameter(torch.from_numpy(theta.copy()))
    optimizer = torch.optim.AdamW(
        [parameter],
        lr=hyper["lr"],
        betas=(hyper["beta1"], hyper["beta2"]),
        eps=hyper["eps"],
        weight_decay=hyper["weight_decay"],
        foreach=False,
    )
    for t in range(1, 31):
        grad = rng.normal(scale=scale, size=theta.shape).astype(dtype)
        parameter.grad = torch.from_numpy(grad.copy())
        optimizer.step()
        theta, m, v = adamw_step(theta, grad, m, v, t, **settings)
        state = optimizer.state[parameter]
        expected = (parameter.detach().numpy(), state["exp_avg"].numpy(), state["exp_avg_sq"].numpy())
        for name, array, due in zip(("theta", "m", "v"), (theta, m, v), expected):
            assert array.dtype == dtype, f"{name} at step {t} is {array.dtype}"
            # theta and m cross zero, where float32 roundings differ most: atol at each one's scale
            atol = rtol * {"theta": 1.0, "m": scale, "v": scale**2}[name]
            np.testing.assert_allclose(array, due, rtol=rtol, atol=atol, err_msg=f"{name} at step {t}")


def test_zero_weight_decay_is_the_adam_step() -> None:
    adam_step = import_file(load_catalog()["adam_step"].solution_path, "ref_adam_step_for_adamw").adam_step
    rng = np.random.default_rng(2)
    theta, grad, m = (rng.normal(size=(3, 4)) for _ in range(3))
    v = rng.uniform(0.1, 1.0, size=(3, 4))
    for ours, adam in zip(
        adamw_step(theta, grad, m, v, 7, weight_decay=0.0), adam_step(theta, grad, m, v, 7)
    ):
        np.testing.assert_allclose(ours, adam, rtol=1e-14, atol=0.0)


def test_reference_keeps_float32_and_leaves_its_inputs_alone() -> None:
    rng = np.random.default_rng(1)
    theta, grad, m = rng.normal(size=(3, 2, 3)).astype(np.float32)
    inputs = {"theta": theta, "grad": grad, "m": m, "v": np.square(m)}
    before = {name: array.copy() for name, array in inputs.items()}
    new_theta, new_m, new_v = adamw_step(*inputs.values(), 4, weight_decay=0.1)
    assert [array.dtype for array in (new_theta, new_m, new_v)] == [np.float32] * 3
    for name, array in inputs.items():
        np.testing.assert_array_equal(array, before[name], err_msg=f"{name} was changed")
