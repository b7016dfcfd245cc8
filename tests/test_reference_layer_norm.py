"""The layer_norm reference against torch.nn.functional.layer_norm (normalized_shape (d,),
weight gamma, bias beta), in float64 and float32, and against a plain-Python loop where a
large shared offset makes the float32 library no judge."""

from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

layer_norm = import_file(load_catalog()["layer_norm"].solution_path, "ref_layer_norm").layer_norm

SHAPES = [(7,), (1, 1), (4, 3), (5, 16), (2, 6, 32), (3, 2, 4, 8)]


def _inputs(rng: np.random.Generator, shape: tuple[int, ...], dtype: str):
    d = shape[-1]
    x = rng.normal(loc=rng.uniform(-5.0, 5.0), scale=rng.uniform(0.01, 4.0), size=shape)
    gamma, beta = rng.normal(size=d), rng.normal(size=d)
    return x.astype(dtype), gamma.astype(dtype), beta.astype(dtype)


@pytest.mark.parametrize(("dtype", "tolerance"), [("float64", 1e-12), ("float32", 1e-5)])
@pytest.mark.parametrize("eps", [1e-5, 1e-3, 0.5])
@pytest.mark.parametrize("shape", SHAPES)
def test_reference_matches_torch_layer_norm(
    shape: tuple[int, ...], eps: float, dtype: str, tolerance: float
) -> None:
    torch = import_torch()
    rng = np.random.default_rng([len(shape), *shape, int(eps * 1e5)])
    x, gamma, beta = _inputs(rng, shape, dtype)
    expected = torch.nn.functional.layer_norm(
        torch.from_numpy(x),
        (shape[-1],),
        weight=torch.from_numpy(gamma),
        bias=torch.from_numpy(beta),
        eps=eps,
    ).numpy()
    result = layer_norm(x, gamma, beta, eps)
    assert result.shape == shape and result.dtype == np.dtype(dtype)
    np.testing.assert_allclose(result, expected, rtol=tolerance, atol=tolerance)


def _loop_layer_norm(row: list[float], gamma: list[float], beta: list[float], eps: float) -> list[float]:
    """One row in plain Python, with math.fsum: exact sums of the deviations."""
    mean = math.fsum(row) / len(row)
    variance = math.fsum((value - mean) ** 2 for value in row) / len(row)
    scale = math.sqrt(variance + eps)
    return [g * (value - mean) / scale + b for value, g, b in zip(row, gamma, beta)]


@pytest.mark.parametrize("offset", [0.0, 1e6, -1e6])
def test_reference_matches_a_plain_python_loop_for_rows_with_a_large_offset(offset: float) -> None:
    rng = np.random.default_rng([3, int(abs(offset))])
    x = offset + rng.normal(size=(6, 24))
    gamma, beta = rng.normal(size=24), rng.normal(size=24)
    expected = [_loop_layer_norm(row, gamma.tolist(), beta.tolist(), 1e-5) for row in x.tolist()]
    np.testing.assert_allclose(
        layer_norm(x, gamma, beta), np.array(expected), rtol=0, atol=1e-9
    )  # the mean rounds by ~1e-10 at 1e6


def test_reference_does_not_change_its_inputs() -> None:
    rng = np.random.default_rng(5)
    x, gamma, beta = rng.normal(size=(3, 4)), rng.normal(size=4), rng.normal(size=4)
    copies = x.copy(), gamma.copy(), beta.copy()
    layer_norm(x, gamma, beta)
    for before, after in zip(copies, (x, gamma, beta)):
        np.testing.assert_array_equal(before, after)
