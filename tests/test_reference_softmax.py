"""The softmax reference agrees with SciPy (and PyTorch, where installed)."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

softmax = import_file(load_catalog()["softmax"].solution_path, "ref_softmax").softmax


@pytest.mark.parametrize("axis", [-1, 0, 1])
def test_reference_matches_scipy(axis: int):
    special = pytest.importorskip("scipy.special")
    rng = np.random.default_rng(1)
    for _ in range(20):
        x = rng.normal(scale=rng.uniform(0.1, 50.0), size=(3, 4, 5))
        np.testing.assert_allclose(softmax(x, axis=axis), special.softmax(x, axis=axis), rtol=1e-12)


@pytest.mark.parametrize(("dtype", "rtol"), [(np.float64, 1e-12), (np.float32, 1e-5)])
@pytest.mark.parametrize("axis", [-1, 0])
def test_reference_matches_torch(dtype: type, rtol: float, axis: int) -> None:
    torch = import_torch()
    x = np.random.default_rng(2).normal(scale=20.0, size=(6, 9)).astype(dtype)
    x[1, 3] = -np.inf
    expected = torch.softmax(torch.from_numpy(x), dim=axis).numpy()
    result = softmax(x, axis=axis)
    np.testing.assert_allclose(result, expected, rtol=rtol, atol=1e-30)
