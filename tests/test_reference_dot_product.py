"""The dot_product reference agrees with numpy.dot, math.fsum of the products, and PyTorch where installed."""

from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

dot_product = import_file(load_catalog()["dot_product"].solution_path, "ref_dot_product").dot_product


@pytest.mark.parametrize("length", [0, 1, 2, 5, 100, 10_000])
def test_reference_matches_numpy_dot_and_an_exactly_rounded_sum(length: int) -> None:
    rng = np.random.default_rng(length)
    for _ in range(10):
        a, b = rng.normal(size=length) * rng.uniform(0.1, 100.0), rng.normal(size=length)
        result = dot_product(a, b)
        assert type(result) is float
        scale = float(np.sum(np.abs(a * b)))  # the sum's condition: cancellation is allowed for
        assert abs(result - float(np.dot(a, b))) <= 1e-13 * scale + 1e-300
        assert abs(result - math.fsum((a * b).tolist())) <= 1e-13 * scale + 1e-300


def test_reference_raises_value_error_when_numpy_dot_would_broadcast_or_fail() -> None:
    rng = np.random.default_rng(0)
    for length_a, length_b in [(1, 5), (5, 1), (3, 4), (0, 2)]:
        with pytest.raises(ValueError):
            dot_product(rng.normal(size=length_a), rng.normal(size=length_b))


def test_reference_on_float32_is_close_to_the_float64_answer() -> None:
    rng = np.random.default_rng(1)
    a, b = rng.normal(size=300), rng.normal(size=300)
    result = dot_product(a.astype(np.float32), b.astype(np.float32))
    assert abs(result - float(np.dot(a, b))) <= 1e-5 * float(np.sum(np.abs(a * b)))


def test_reference_matches_torch_dot() -> None:
    torch = import_torch()
    rng = np.random.default_rng(2)
    a, b = rng.normal(size=50), rng.normal(size=50)
    expected = float(torch.dot(torch.from_numpy(a), torch.from_numpy(b)))
    assert dot_product(a, b) == pytest.approx(expected, rel=1e-12)
