"""The dense_forward reference agrees with PyTorch's linear layer and activations."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

dense_forward = import_file(load_catalog()["dense_forward"].solution_path, "ref_dense_forward").dense_forward


@pytest.mark.parametrize(("dtype", "rtol", "atol"), [(np.float64, 1e-12, 1e-14), (np.float32, 1e-5, 1e-6)])
@pytest.mark.parametrize("activation", ["relu", "sigmoid", "tanh", "linear"])
def test_reference_matches_torch_linear_and_activation(
    dtype: type, rtol: float, atol: float, activation: str
):
    torch = import_torch()
    functions = {"relu": torch.relu, "sigmoid": torch.sigmoid, "tanh": torch.tanh, "linear": lambda z: z}
    rng = np.random.default_rng(3)
    for scale in (0.1, 1.0, 30.0, 1000.0):  # 1000: sigmoid and tanh saturate, nothing overflows
        x = rng.normal(size=(7, 5)).astype(dtype)
        W = rng.normal(scale=scale, size=(5, 3)).astype(dtype)
        b = rng.normal(size=3).astype(dtype)
        linear = torch.nn.functional.linear(
            torch.from_numpy(x), torch.from_numpy(W.T.copy()), torch.from_numpy(b)
        )
        expected = functions[activation](linear).numpy()
        with np.errstate(over="raise", invalid="raise", divide="raise"):  # the catalog: no overflow
            result = dense_forward(x, W, b, activation=activation)
        assert result.dtype == dtype and result.shape == (7, 3)
        np.testing.assert_allclose(result, expected, rtol=rtol, atol=atol)
