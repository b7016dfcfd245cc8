"""The lstm_cell reference agrees with torch.nn.LSTMCell, its weights mapped to [h, x] @ W + b,
and with a plain-Python loop over the formula."""

from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

lstm_cell = import_file(load_catalog()["lstm_cell"].solution_path, "ref_lstm_cell").lstm_cell

SIZES = [(1, 1, 1), (3, 2, 4), (5, 7, 3), (16, 32, 64), (0, 3, 2)]  # (N, D, H)


def random_inputs(rng: np.random.Generator, N: int, D: int, H: int, scale: float = 1.0) -> tuple:
    return (
        rng.normal(size=(N, D)),
        rng.uniform(-1.0, 1.0, size=(N, H)),
        rng.normal(size=(N, H)),
        rng.normal(scale=scale / math.sqrt(H + D), size=(H + D, 4 * H)),
        rng.normal(scale=0.5 * scale, size=4 * H),
    )


def sigmoid(value: float) -> float:
    return 1.0 / (1.0 + math.exp(-value)) if value >= 0 else math.exp(value) / (1.0 + math.exp(value))


def loop_lstm_cell(x, h, c, W, b) -> tuple[list, list]:
    """The formula one entry at a time in Python floats; [h, x] is read as h's rows then x's."""
    N, D = x.shape
    H = h.shape[1]
    h_new, c_new = [], []
    for n in range(N):
        row = [float(h[n, k]) for k in range(H)] + [float(x[n, k]) for k in range(D)]
        z = [sum(row[k] * W[k, j] for k in range(H + D)) + b[j] for j in range(4 * H)]
        c_row = [sigmoid(z[H + j]) * c[n, j] + sigmoid(z[j]) * math.tanh(z[2 * H + j]) for j in range(H)]
        h_new.append([sigmoid(z[3 * H + j]) * math.tanh(c_row[j]) for j in range(H)])
        c_new.append(c_row)
    return h_new, c_new


@pytest.mark.parametrize(("N", "D", "H"), SIZES[:3] + SIZES[4:])
@pytest.mark.parametrize("scale", [1.0, 500.0])
def test_reference_matches_a_plain_python_loop(N: int, D: int, H: int, scale: float) -> None:
    inputs = random_inputs(np.random.default_rng(N + 10 * H), N, D, H, scale)
    h_new, c_new = lstm_cell(*inputs)
    expected_h, expected_c = loop_lstm_cell(*inputs)
    assert h_new.shape == c_new.shape == (N, H) and h_new.dtype == c_new.dtype == np.float64
    np.testing.assert_allclose(h_new, np.array(expected_h).reshape(N, H), rtol=0, atol=1e-12)
    np.testing.assert_allclose(c_new, np.array(expected_c).reshape(N, H), rtol=0, atol=1e-12)


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize(("N", "D", "H"), SIZES)
def test_reference_matches_torch_nn_lstmcell(dtype: str, N: int, D: int, H: int) -> None:
    torch = import_torch()
    rng = np.random.default_rng(D + 7 * H)
    cell = torch.nn.LSTMCell(D, H).to(getattr(torch, dtype))
    with torch.no_grad():  # torch's own random weights, made larger so that gates saturate too
        for parameter in cell.parameters():
            parameter.mul_(3.0)
    x = rng.normal(size=(N, D)).astype(dtype)
    h = rng.uniform(-1.0, 1.0, size=(N, H)).astype(dtype)
    c = rng.normal(size=(N, H)).astype(dtype)
    with torch.no_grad():
        expected_h, expected_c = cell(torch.from_numpy(x), (torch.from_numpy(h), torch.from_numpy(c)))
        W = torch.cat([cell.weight_hh.T, cell.weight_ih.T]).numpy()  # rows for h first, as [h, x]
        b = (cell.bias_ih + cell.bias_hh).numpy()
    h_new, c_new = lstm_cell(x, h, c, W, b)
    assert h_new.shape == c_new.shape == (N, H)
    tolerance = 1e-12 if dtype == "float64" else 1e-5
    np.testing.assert_allclose(h_new, expected_h.numpy(), rtol=0, atol=tolerance)
    np.testing.assert_allclose(c_new, expected_c.numpy(), rtol=0, atol=tolerance)
