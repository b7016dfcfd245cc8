"""The batchnorm_forward reference agrees with torch.nn.functional.batch_norm (float64 and float32)
and with an independent plain-Python loop."""

from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

SOLUTION = load_catalog()["batchnorm_forward"].solution_path
batchnorm_forward = import_file(SOLUTION, "ref_batchnorm_forward").batchnorm_forward


def layer(seed: int, n: int, d: int, dtype: type = np.float64) -> tuple[np.ndarray, ...]:
    """x (n, d) with per-feature offsets and spreads, gamma, beta and running statistics (d,)."""
    rng = np.random.default_rng(seed)
    x = rng.normal(loc=rng.uniform(-5.0, 5.0, d), scale=rng.uniform(0.1, 10.0, d), size=(n, d))
    gamma, beta = rng.normal(size=d), rng.normal(size=d)
    running_mean, running_var = rng.normal(size=d), rng.uniform(0.1, 5.0, d)
    return tuple(a.astype(dtype) for a in (x, gamma, beta, running_mean, running_var))


def torch_batch_norm(
    x: np.ndarray,
    gamma: np.ndarray,
    beta: np.ndarray,
    running_mean: np.ndarray,
    running_var: np.ndarray,
    training: bool,
    momentum: float,
    eps: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """torch's batch_norm on copies: it updates its running tensors in place, so those are new_*."""
    torch = import_torch()
    new_mean, new_var = torch.tensor(running_mean.copy()), torch.tensor(running_var.copy())
    y = torch.nn.functional.batch_norm(
        torch.tensor(x),
        new_mean,
        new_var,
        weight=torch.tensor(gamma),
        bias=torch.tensor(beta),
        training=training,
        momentum=momentum,
        eps=eps,
    )
    return y.numpy(), new_mean.numpy(), new_var.numpy()


@pytest.mark.parametrize(("dtype", "rtol", "atol"), [(np.float64, 1e-11, 1e-12), (np.float32, 2e-5, 2e-5)])
@pytest.mark.parametrize("training", [True, False])
@pytest.mark.parametrize(("momentum", "eps"), [(0.1, 1e-5), (0.3, 1e-3), (0.0, 1e-5), (1.0, 0.1)])
def test_reference_matches_torch_batch_norm(
    dtype: type, rtol: float, atol: float, training: bool, momentum: float, eps: float
) -> None:
    for seed, (n, d) in enumerate([(2, 3), (7, 5), (64, 16)]):
        inputs = layer(seed, n, d, dtype)
        copies = [a.copy() for a in inputs]
        ours = batchnorm_forward(*inputs, training, momentum=momentum, eps=eps)
        theirs = torch_batch_norm(*inputs, training, momentum, eps)
        for name, mine, due in zip(("y", "new_mean", "new_var"), ours, theirs):
            assert mine.dtype == dtype and mine.shape == due.shape, name
            np.testing.assert_allclose(mine, due, rtol=rtol, atol=atol, err_msg=f"{name}, N = {n}")
        for given, copy in zip(inputs, copies):
            np.testing.assert_array_equal(given, copy)
        if not training:
            for returned, given in zip(ours[1:], inputs[3:]):
                assert not np.shares_memory(returned, given)


def test_torch_refuses_one_sample_in_training_as_the_reference_does() -> None:
    import_torch()  # skips (or fails under KATA_REQUIRE_TORCH=1) without torch
    inputs = layer(5, 1, 3)
    with pytest.raises(ValueError):
        torch_batch_norm(*inputs, True, 0.1, 1e-5)
    with pytest.raises(ValueError):
        batchnorm_forward(*inputs, True)
    for n in (0, 1):
        y, _, _ = batchnorm_forward(*layer(6, n, 3), False)
        assert y.shape == (n, 3)


def loop_batchnorm(
    x: list[list[float]],
    gamma: list[float],
    beta: list[float],
    running_mean: list[float],
    running_var: list[float],
    training: bool,
    momentum: float,
    eps: float,
) -> tuple[list[list[float]], list[float], list[float]]:
    """Batch norm one feature at a time, from the definitions, with math.fsum."""
    n = len(x)
    y = [[0.0] * len(gamma) for _ in range(n)]
    new_mean, new_var = list(running_mean), list(running_var)
    for j in range(len(gamma)):
        column = [row[j] for row in x]
        if training:
            mean = math.fsum(column) / n
            squares = math.fsum((value - mean) ** 2 for value in column)
            scale_mean, scale_var = mean, squares / n
            new_mean[j] = (1 - momentum) * running_mean[j] + momentum * mean
            new_var[j] = (1 - momentum) * running_var[j] + momentum * squares / (n - 1)
        else:
            scale_mean, scale_var = running_mean[j], running_var[j]
        for i, value in enumerate(column):
            y[i][j] = gamma[j] * (value - scale_mean) / math.sqrt(scale_var + eps) + beta[j]
    return y, new_mean, new_var


@pytest.mark.parametrize("training", [True, False])
def test_reference_matches_a_plain_python_loop(training: bool) -> None:
    for seed, (n, d) in enumerate([(2, 2), (9, 4), (30, 7)]):
        inputs = layer(40 + seed, n, d)
        ours = batchnorm_forward(*inputs, training, momentum=0.2, eps=1e-4)
        theirs = loop_batchnorm(*(a.tolist() for a in inputs), training, 0.2, 1e-4)
        for name, mine, due in zip(("y", "new_mean", "new_var"), ours, theirs):
            np.testing.assert_allclose(mine, np.array(due), rtol=1e-11, atol=1e-12, err_msg=name)
