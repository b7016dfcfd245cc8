"""The max_pool2d reference agrees with PyTorch's torch.nn.functional.max_pool2d, and with a plain loop."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

max_pool2d = import_file(load_catalog()["max_pool2d"].solution_path, "ref_max_pool2d").max_pool2d


def _random_case(rng: np.random.Generator, trial: int, dtype: type) -> tuple:
    """Random shapes, kernels and strides (ints, (h, w) pairs or None), the kernel fitting."""
    kernel = (int(rng.integers(1, 5)), int(rng.integers(1, 5)))
    stride = (int(rng.integers(1, 5)), int(rng.integers(1, 5)))
    if trial % 3 == 0:  # ints apply to both axes
        kernel, stride = kernel[0], stride[0]
    if trial % 4 == 0:
        stride = None
    kernel_h, kernel_w = (kernel, kernel) if isinstance(kernel, int) else kernel
    shape = (
        int(rng.integers(1, 4)),
        int(rng.integers(1, 4)),
        int(rng.integers(kernel_h, 13)),
        int(rng.integers(kernel_w, 13)),
    )
    return rng.normal(size=shape).astype(dtype), kernel, stride


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_reference_matches_torch(dtype: type) -> None:
    torch = import_torch()
    rng = np.random.default_rng(7)
    for trial in range(400):
        x, kernel, stride = _random_case(rng, trial, dtype)
        expected = torch.nn.functional.max_pool2d(torch.from_numpy(x), kernel, stride).numpy()
        result = max_pool2d(x, kernel, stride)
        assert result.dtype == expected.dtype and result.shape == expected.shape
        np.testing.assert_array_equal(result, expected)  # a maximum is one of the inputs: exact


def test_reference_matches_a_plain_loop() -> None:
    rng = np.random.default_rng(8)
    for trial in range(100):
        x, kernel, stride = _random_case(rng, trial, np.float64)
        k_h, k_w = (kernel, kernel) if isinstance(kernel, int) else kernel
        s_h, s_w = (k_h, k_w) if stride is None else ((stride, stride) if isinstance(stride, int) else stride)
        n_images, channels, height, width = x.shape
        expected = np.empty((n_images, channels, (height - k_h) // s_h + 1, (width - k_w) // s_w + 1))
        for n, c, i, j in np.ndindex(*expected.shape):
            expected[n, c, i, j] = max(
                float(x[n, c, i * s_h + p, j * s_w + q]) for p in range(k_h) for q in range(k_w)
            )
        np.testing.assert_array_equal(max_pool2d(x, kernel, stride), expected)


def test_reference_raises_where_torch_raises() -> None:
    torch = import_torch()
    x = np.random.default_rng(9).normal(size=(2, 2, 4, 6))
    for kernel in (5, (2, 7), (5, 1)):
        with pytest.raises(RuntimeError):
            torch.nn.functional.max_pool2d(torch.from_numpy(x), kernel)
        with pytest.raises(ValueError):
            max_pool2d(x, kernel)
