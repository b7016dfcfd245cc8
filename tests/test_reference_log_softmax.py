"""The log_softmax reference agrees with SciPy and PyTorch, in float64 and float32."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

log_softmax = import_file(load_catalog()["log_softmax"].solution_path, "ref_log_softmax").log_softmax


def logits(seed: int, dtype: type = np.float64) -> np.ndarray:
    """Random (3, 4, 5) logits of a random scale, one slice shifted far down, two entries -inf."""
    rng = np.random.default_rng(seed)
    x = rng.normal(scale=rng.uniform(0.1, 50.0), size=(3, 4, 5))
    x[1] -= 1500.0
    x[0, 2, 3] = x[2, 1, 0] = -np.inf
    return x.astype(dtype)


@pytest.mark.parametrize("axis", [-1, 0, 1])
def test_reference_matches_scipy(axis: int) -> None:
    special = pytest.importorskip("scipy.special")
    for seed in range(20):
        x = logits(seed)
        np.testing.assert_allclose(
            log_softmax(x, axis=axis), special.log_softmax(x, axis=axis), rtol=1e-12, atol=1e-12
        )


@pytest.mark.parametrize(("dtype", "rtol", "atol"), [(np.float64, 1e-12, 1e-12), (np.float32, 1e-5, 1e-5)])
@pytest.mark.parametrize("axis", [-1, 0, 1])
def test_reference_matches_torch(dtype: type, rtol: float, atol: float, axis: int) -> None:
    torch = import_torch()
    for seed in range(5):
        x = logits(100 + seed, dtype)
        expected = torch.nn.functional.log_softmax(torch.from_numpy(x), dim=axis).numpy()
        result = log_softmax(x, axis=axis)
        assert result.dtype == dtype
        np.testing.assert_allclose(result, expected, rtol=rtol, atol=atol)


def test_reference_matches_torch_where_the_log_of_softmax_underflows() -> None:
    torch = import_torch()
    x = np.array([[0.0, -1000.0], [1e4, -1e4], [-np.inf, 3.0]])
    expected = torch.nn.functional.log_softmax(torch.from_numpy(x), dim=-1).numpy()
    np.testing.assert_array_equal(log_softmax(x), expected)
    np.testing.assert_array_equal(expected, [[0.0, -1000.0], [0.0, -2e4], [-np.inf, 0.0]])
