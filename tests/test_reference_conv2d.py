"""The conv2d reference agrees with PyTorch's torch.nn.functional.conv2d, and with a plain loop."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

conv2d = import_file(load_catalog()["conv2d"].solution_path, "ref_conv2d").conv2d


def _random_case(rng: np.random.Generator, trial: int, dtype: type) -> tuple:
    """Random shapes, kernels, strides and paddings (ints or (h, w) pairs), with or without bias."""
    n, c_in, c_out = (int(v) for v in rng.integers(1, 5, size=3))
    k_h, k_w = (int(v) for v in rng.integers(1, 6, size=2))
    stride = (int(rng.integers(1, 4)), int(rng.integers(1, 4)))
    padding = (int(rng.integers(0, 3)), int(rng.integers(0, 3)))
    if trial % 3 == 0:  # ints apply to both axes
        stride, padding = stride[0], padding[0]
    pad_h, pad_w = (padding, padding) if isinstance(padding, int) else padding
    h = int(rng.integers(max(1, k_h - 2 * pad_h), 14))
    w = int(rng.integers(max(1, k_w - 2 * pad_w), 14))
    x = rng.normal(size=(n, c_in, h, w)).astype(dtype)
    kernel = rng.normal(size=(c_out, c_in, k_h, k_w)).astype(dtype)
    b = rng.normal(size=c_out).astype(dtype) if trial % 4 else None
    return x, kernel, b, stride, padding


@pytest.mark.parametrize(("dtype", "rtol", "atol"), [(np.float64, 1e-12, 1e-12), (np.float32, 1e-5, 1e-5)])
def test_reference_matches_torch(dtype: type, rtol: float, atol: float) -> None:
    torch = import_torch()
    functional = torch.nn.functional
    rng = np.random.default_rng(3)
    for trial in range(300):
        x, w, b, stride, padding = _random_case(rng, trial, dtype)
        bias = None if b is None else torch.from_numpy(b)
        expected = functional.conv2d(torch.from_numpy(x), torch.from_numpy(w), bias, stride, padding).numpy()
        result = conv2d(x, w, b, stride=stride, padding=padding)
        assert result.dtype == expected.dtype and result.shape == expected.shape
        np.testing.assert_allclose(result, expected, rtol=rtol, atol=atol)


def test_reference_matches_torch_on_the_bench_input() -> None:
    torch = import_torch()
    rng = np.random.default_rng(4)
    x, w, b = rng.normal(size=(2, 8, 32, 32)), rng.normal(size=(16, 8, 3, 3)), rng.normal(size=16)
    expected = torch.nn.functional.conv2d(*map(torch.from_numpy, (x, w, b)), padding=1).numpy()
    np.testing.assert_allclose(conv2d(x, w, b, padding=1), expected, rtol=1e-12, atol=1e-12)


def _plain_loop(x: np.ndarray, w: np.ndarray, b, stride: int | tuple, padding: int | tuple) -> np.ndarray:
    """The definition in Python floats, zero padding read as "outside the image":

    out[n, o, i, j] = b[o] + Σ_c Σ_p Σ_q x_pad[n, c, i·S_h + p, j·S_w + q] · w[o, c, p, q]
    """
    (s_h, s_w) = (stride, stride) if isinstance(stride, int) else stride
    (p_h, p_w) = (padding, padding) if isinstance(padding, int) else padding
    n_images, channels, height, width = x.shape
    out_channels, _, k_h, k_w = w.shape
    out_h, out_w = (height + 2 * p_h - k_h) // s_h + 1, (width + 2 * p_w - k_w) // s_w + 1

    def pixel(n: int, c: int, row: int, col: int) -> float:
        inside = 0 <= row < height and 0 <= col < width
        return float(x[n, c, row, col]) if inside else 0.0

    out = np.zeros((n_images, out_channels, out_h, out_w))
    for n in range(n_images):
        for o in range(out_channels):
            for i in range(out_h):
                for j in range(out_w):
                    total = 0.0 if b is None else float(b[o])
                    for c in range(channels):
                        for p in range(k_h):
                            for q in range(k_w):
                                total += pixel(n, c, i * s_h + p - p_h, j * s_w + q - p_w) * float(
                                    w[o, c, p, q]
                                )
                    out[n, o, i, j] = total
    return out


def test_reference_matches_a_plain_loop() -> None:
    rng = np.random.default_rng(5)
    for trial in range(40):
        x, w, b, stride, padding = _random_case(rng, trial, np.float64)
        np.testing.assert_allclose(
            conv2d(x, w, b, stride=stride, padding=padding),
            _plain_loop(x, w, b, stride, padding),
            rtol=1e-11,
            atol=1e-12,
        )


def test_reference_raises_where_torch_raises() -> None:
    torch = import_torch()
    rng = np.random.default_rng(6)
    for x_shape, w_shape, padding in [
        ((1, 3, 5, 5), (2, 2, 3, 3), 0),
        ((1, 2, 2, 5), (2, 2, 3, 3), 0),
        ((1, 2, 4, 4), (1, 2, 7, 2), (1, 0)),
    ]:
        x, w = rng.normal(size=x_shape), rng.normal(size=w_shape)
        with pytest.raises(RuntimeError):
            torch.nn.functional.conv2d(torch.from_numpy(x), torch.from_numpy(w), padding=padding)
        with pytest.raises(ValueError):
            conv2d(x, w, padding=padding)
