"""The residual_block reference agrees with the same block built of PyTorch modules."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

residual_block = import_file(
    load_catalog()["residual_block"].solution_path, "ref_residual_block"
).residual_block


@pytest.mark.parametrize(("dtype", "rtol", "atol"), [(np.float64, 1e-12, 1e-13), (np.float32, 1e-5, 1e-5)])
@pytest.mark.parametrize(("n", "d", "h"), [(7, 5, 3), (4, 3, 8), (6, 4, 4), (1, 1, 1)])
def test_reference_matches_torch_linear_layers(dtype: type, rtol: float, atol: float, n: int, d: int, h: int):
    torch = import_torch()
    functional = torch.nn.functional
    rng = np.random.default_rng(5)
    for _ in range(5):
        x, W1, b1, W2, b2 = (
            rng.normal(size=shape).astype(dtype) for shape in ((n, d), (d, h), (h,), (h, d), (d,))
        )
        tx, tW1, tb1, tW2, tb2 = (torch.from_numpy(a) for a in (x, W1, b1, W2, b2))
        # nn.Linear's weight is (out, in): the transposes of the row-convention W1 and W2
        hidden = functional.relu(functional.linear(tx, tW1.T, tb1))
        expected = functional.relu(functional.linear(hidden, tW2.T, tb2) + tx).numpy()
        result = residual_block(x, W1, b1, W2, b2)
        assert result.dtype == dtype and result.shape == (n, d)
        np.testing.assert_allclose(result, expected, rtol=rtol, atol=atol)
