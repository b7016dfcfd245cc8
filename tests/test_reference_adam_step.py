"""The adam_step reference against torch.optim.Adam (float64 and float32) and a plain-Python loop."""

from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

adam_step = import_file(load_catalog()["adam_step"].solution_path, "ref_adam_step").adam_step

SETTINGS = [
    {},
    {"lr": 0.05, "beta1": 0.8, "beta2": 0.99, "eps": 1e-6},
    {"lr": 0.01, "beta1": 0.0, "beta2": 0.5, "eps": 0.1},
]


def gradients(seed: int, steps: int, shape: tuple[int, ...], scale: float) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [rng.normal(scale=scale, size=shape) for _ in range(steps)]


def run_reference(theta: np.ndarray, grads: list[np.ndarray], **settings: float):
    """Every (theta, m, v) of a run of the reference from zero moments."""
    m, v = np.zeros_like(theta), np.zeros_like(theta)
    history = []
    for t, grad in enumerate(grads, start=1):
        theta, m, v = adam_step(theta, grad, m, v, t, **settings)
        history.append((theta, m, v))
    return history


def loop_adam(
    theta: list[float],
    grads: list[list[float]],
    lr: float = 1e-3,
    beta1: float = 0.9,
    beta2: float = 0.999,
    eps: float = 1e-8,
):
    """Algorithm 1 of the Adam paper, one float at a time, as lists."""
    m = [0.0] * len(theta)
    v = [0.0] * len(theta)
    history = []
    for t, grad in enumerate(grads, start=1):
        new_theta, new_m, new_v = [], [], []
        for weight, g, first, second in zip(theta, grad, m, v):
            first = beta1 * first + (1.0 - beta1) * g
            second = beta2 * second + (1.0 - beta2) * g * g
            corrected_first = first / (1.0 - math.pow(beta1, t))
            corrected_second = second / (1.0 - math.pow(beta2, t))
            new_theta.append(weight - lr * corrected_first / (math.sqrt(corrected_second) + eps))
            new_m.append(first)
            new_v.append(second)
        theta, m, v = new_theta, new_m, new_v
        history.append((theta, m, v))
    return history


@pytest.mark.parametrize("settings", SETTINGS)
@pytest.mark.parametrize("scale", [1.0, 1e-8])
def test_reference_matches_a_plain_python_loop(settings: dict, scale: float) -> None:
    rng = np.random.default_rng(7)
    theta = rng.normal(size=9)
    grads = gradients(11, 25, (9,), scale)
    mine = run_reference(theta, grads, **settings)
    theirs = loop_adam(theta.tolist(), [g.tolist() for g in grads], **settings)
    for step, (ours, loop) in enumerate(zip(mine, theirs), start=1):
        for name, array, values in zip(("theta", "m", "v"), ours, loop):
            np.testing.assert_allclose(
                array, np.array(values), rtol=1e-12, atol=0.0, err_msg=f"{name} at step {step}"
            )


@pytest.mark.parametrize(("dtype", "rtol"), [(np.float64, 1e-10), (np.float32, 2e-5)])
@pytest.mark.parametrize("settings", SETTINGS)
@pytest.mark.parametrize("scale", [1.0, 1e-8])
def test_reference_matches_torch_adam(dtype: type, rtol: float, settings: dict, scale: float) -> None:
    """30 steps; in float32 both sides compute in float32, so they agree to float32's rounding."""
    torch = import_torch()
    rng = np.random.default_rng(3)
    theta = rng.normal(size=(4, 5)).astype(dtype)
    grads = [grad.astype(dtype) for grad in gradients(5, 30, (4, 5), scale)]
    parameter = torch.nn.Parameter(torch.from_numpy(theta.copy()))
    defaults = {"lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8} | settings
    optimizer = torch.optim.Adam(
        [parameter],
        lr=defaults["lr"],
        betas=(defaults["beta1"], defaults["beta2"]),
        eps=defaults["eps"],
        foreach=False,
    )
    for step, (grad, ours) in enumerate(zip(grads, run_reference(theta, grads, **settings)), start=1):
        parameter.grad = torch.from_numpy(grad.copy())
        optimizer.step()
        state = optimizer.state[parameter]
        expected = (parameter.detach().numpy(), state["exp_avg"].numpy(), state["exp_avg_sq"].numpy())
        for name, array, due in zip(("theta", "m", "v"), ours, expected):
            assert array.dtype == dtype, f"{name} at step {step} is {array.dtype}"
            # theta and m cross zero, where float32 roundings differ most: atol at each one's scale
            atol = 0.0 if dtype == np.float64 else rtol * {"theta": 1.0, "m": scale, "v": scale**2}[name]
            np.testing.assert_allclose(array, due, rtol=rtol, atol=atol, err_msg=f"{name} at step {step}")


def test_reference_keeps_float32_and_leaves_its_inputs_alone() -> None:
    rng = np.random.default_rng(1)
    arrays = [rng.normal(size=(3, 3)).astype(np.float32) for _ in range(3)]
    arrays.append(np.abs(arrays[2]))
    copies = [array.copy() for array in arrays]
    result = adam_step(*arrays, 4)
    assert all(part.dtype == np.float32 and part.shape == (3, 3) for part in result)
    for array, copy in zip(arrays, copies):
        np.testing.assert_array_equal(array, copy)
