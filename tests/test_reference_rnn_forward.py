"""The rnn_forward reference agrees with torch.nn.RNN (tanh, one layer, batch_first=False)
with its weights mapped to the row convention, and with a plain-Python loop."""

from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

rnn_forward = import_file(load_catalog()["rnn_forward"].solution_path, "ref_rnn_forward").rnn_forward

SIZES = [(0, 3, 2, 4), (1, 2, 3, 3), (7, 4, 5, 3), (30, 8, 16, 32)]  # (T, N, D, H)


def random_inputs(rng: np.random.Generator, T: int, N: int, D: int, H: int) -> tuple[np.ndarray, ...]:
    return (
        rng.normal(size=(T, N, D)),
        rng.normal(scale=0.5, size=(N, H)),
        rng.normal(scale=D**-0.5, size=(D, H)),
        rng.normal(scale=H**-0.5, size=(H, H)),
        rng.normal(scale=0.5, size=H),
    )


def loop_rnn_forward(x, h0, Wx, Wh, b) -> tuple[list, list]:
    """h_t = tanh(x_t Wx + h_{t-1} Wh + b), one entry at a time in Python floats."""
    T, N, D = x.shape
    H = Wh.shape[0]
    h = [[float(h0[n, j]) for j in range(H)] for n in range(N)]
    outputs = []
    for t in range(T):
        h = [
            [
                math.tanh(
                    sum(x[t, n, k] * Wx[k, j] for k in range(D))
                    + sum(h[n][i] * Wh[i, j] for i in range(H))
                    + b[j]
                )
                for j in range(H)
            ]
            for n in range(N)
        ]
        outputs.append(h)
    return outputs, h


@pytest.mark.parametrize(("T", "N", "D", "H"), SIZES[:3])
def test_reference_matches_a_plain_python_loop(T: int, N: int, D: int, H: int) -> None:
    inputs = random_inputs(np.random.default_rng(T + 10 * N), T, N, D, H)
    outputs, h_last = rnn_forward(*inputs)
    expected_outputs, expected_h_last = loop_rnn_forward(*inputs)
    assert outputs.shape == (T, N, H) and outputs.dtype == np.float64
    np.testing.assert_allclose(outputs, np.array(expected_outputs).reshape(T, N, H), rtol=0, atol=1e-12)
    np.testing.assert_allclose(h_last, np.array(expected_h_last), rtol=0, atol=1e-12)


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize(("T", "N", "D", "H"), SIZES)
def test_reference_matches_torch_nn_rnn(dtype: str, T: int, N: int, D: int, H: int) -> None:
    torch = import_torch()
    x, h0, Wx, Wh, b = (a.astype(dtype) for a in random_inputs(np.random.default_rng(H + 7 * T), T, N, D, H))
    rnn = torch.nn.RNN(D, H, nonlinearity="tanh", batch_first=False).to(getattr(torch, dtype))
    with torch.no_grad():
        rnn.weight_ih_l0.copy_(torch.from_numpy(Wx.T.copy()))
        rnn.weight_hh_l0.copy_(torch.from_numpy(Wh.T.copy()))
        rnn.bias_ih_l0.copy_(torch.from_numpy(b))
        rnn.bias_hh_l0.zero_()
        if T == 0:  # torch.nn.RNN refuses an empty sequence: by the contract, no step and h0 itself
            expected_outputs, expected_h_last = np.zeros((0, N, H), dtype=dtype), h0
        else:
            output, h_n = rnn(torch.from_numpy(x), torch.from_numpy(h0)[None])
            expected_outputs, expected_h_last = output.numpy(), h_n[0].numpy()
    outputs, h_last = rnn_forward(x, h0, Wx, Wh, b)
    assert outputs.shape == (T, N, H) and h_last.shape == (N, H)
    assert not np.shares_memory(h_last, h0)
    tolerance = 1e-12 if dtype == "float64" else 1e-5
    np.testing.assert_allclose(outputs, expected_outputs, rtol=0, atol=tolerance)
    np.testing.assert_allclose(h_last, expected_h_last, rtol=0, atol=tolerance)
