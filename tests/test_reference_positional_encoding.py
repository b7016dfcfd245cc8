"""The positional_encoding reference agrees with an independent plain-Python loop over the
paper's formula (PyTorch has no function with this job), and with PyTorch's tutorial code."""

from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

positional_encoding = import_file(
    load_catalog()["positional_encoding"].solution_path, "ref_positional_encoding"
).positional_encoding


def loop_positional_encoding(max_len: int, d_model: int) -> list[list[float]]:
    """Vaswani et al. (2017), section 3.5, one entry at a time in Python floats."""
    rows = []
    for pos in range(max_len):
        row = []
        for column in range(d_model):
            angle = pos / 10000 ** (2 * (column // 2) / d_model)
            row.append(math.sin(angle) if column % 2 == 0 else math.cos(angle))
        rows.append(row)
    return rows


@pytest.mark.parametrize(("max_len", "d_model"), [(0, 4), (1, 1), (6, 5), (33, 16), (300, 63), (1000, 128)])
def test_reference_matches_a_plain_python_loop(max_len: int, d_model: int) -> None:
    result = positional_encoding(max_len, d_model)
    assert result.shape == (max_len, d_model) and result.dtype == np.float64
    expected = np.array(loop_positional_encoding(max_len, d_model), dtype=np.float64).reshape(
        max_len, d_model
    )
    np.testing.assert_allclose(result, expected, rtol=0, atol=1e-12)


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_reference_matches_pytorchs_tutorial_for_even_d_model(dtype: str) -> None:
    """The PositionalEncoding module of PyTorch's "Language Modeling with nn.Transformer" tutorial."""
    torch = import_torch()
    max_len, d_model = 500, 64
    position = torch.arange(max_len, dtype=getattr(torch, dtype)).unsqueeze(1)
    div_term = torch.exp(
        torch.arange(0, d_model, 2, dtype=getattr(torch, dtype)) * (-math.log(10000.0) / d_model)
    )
    expected = torch.zeros(max_len, d_model, dtype=getattr(torch, dtype))
    expected[:, 0::2] = torch.sin(position * div_term)
    expected[:, 1::2] = torch.cos(position * div_term)
    tolerance = 1e-10 if dtype == "float64" else 1e-4
    np.testing.assert_allclose(
        positional_encoding(max_len, d_model), expected.numpy(), rtol=0, atol=tolerance
    )
