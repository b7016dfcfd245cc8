"""The dropout reference does what PyTorch's torch.nn.functional.dropout does.

PyTorch draws its mask from its own generator, so masks cannot be compared: the
share of zeros of each is compared with p (5 standard errors; fixed seeds), and
every kept entry with x / (1 - p), in float64 and float32. Evaluation, p = 0 and
p = 1 are compared value by value.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

dropout = import_file(load_catalog()["dropout"].solution_path, "ref_dropout").dropout


@pytest.mark.parametrize(("dtype", "rtol"), [(np.float64, 1e-12), (np.float32, 1e-6)])
@pytest.mark.parametrize("p", [0.1, 0.3, 0.75])
def test_reference_drops_and_scales_as_torch(dtype: type, rtol: float, p: float):
    torch = import_torch()
    torch.manual_seed(int(p * 100))
    x = np.random.default_rng(1).uniform(0.5, 2.0, size=(200, 300)).astype(dtype)
    ours = dropout(x, p, np.random.default_rng(2))
    theirs = torch.nn.functional.dropout(torch.from_numpy(x), p=p, training=True).numpy()
    assert ours.dtype == theirs.dtype == dtype and ours.shape == theirs.shape
    for result in (ours, theirs):
        kept = result != 0
        assert abs(1 - kept.mean() - p) <= 5 * math.sqrt(p * (1 - p) / x.size)
        np.testing.assert_allclose(result[kept], x[kept] / (1 - p), rtol=rtol)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_reference_agrees_with_torch_where_nothing_is_random(dtype: type):
    torch = import_torch()
    x = np.random.default_rng(3).normal(size=(5, 7)).astype(dtype)
    cases = [(0.4, False), (0.0, True), (1.0, True)]
    for p, training in cases:
        theirs = torch.nn.functional.dropout(torch.from_numpy(x.copy()), p=p, training=training).numpy()
        ours = dropout(x, p, np.random.default_rng(4), training=training)
        assert ours.dtype == dtype and ours is not x
        np.testing.assert_array_equal(ours, theirs)


def test_reference_is_reproducible_and_rejects_p_outside_zero_one():
    x = np.ones((30, 40))
    first = dropout(x, 0.5, np.random.default_rng(5))
    np.testing.assert_array_equal(first, dropout(x, 0.5, np.random.default_rng(5)))
    assert not np.array_equal(first, dropout(x, 0.5, np.random.default_rng(6)))
    for p, training in ((-0.01, True), (1.01, False)):
        with pytest.raises(ValueError):
            dropout(x, p, np.random.default_rng(0), training=training)
