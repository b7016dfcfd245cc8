"""The softmax reference agrees with SciPy (and PyTorch, where installed)."""

from __future__ import annotations

import numpy as np
import pytest

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


def test_reference_matches_torch():
    torch = pytest.importorskip("torch")
    x = np.random.default_rng(2).normal(scale=20.0, size=(6, 9))
    expected = torch.softmax(torch.from_numpy(x), dim=-1).numpy()
    np.testing.assert_allclose(softmax(x), expected, rtol=1e-12)
