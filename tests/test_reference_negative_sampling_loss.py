"""The negative_sampling_loss reference against PyTorch's losses, in float64 and float32:
-F.logsigmoid(u_o·v_c) - F.logsigmoid(-negatives @ v_c).sum(), and
F.binary_cross_entropy_with_logits with reduction="sum" and labels [1, 0, ..., 0];
and against a plain-Python loop with math.fsum."""

from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

negative_sampling_loss = import_file(
    load_catalog()["negative_sampling_loss"].solution_path, "ref_negative_sampling_loss"
).negative_sampling_loss

CASES = [(1, 0), (2, 1), (8, 5), (50, 20), (300, 15), (16, 200)]  # (d, K)


def _words(rng: np.random.Generator, d: int, k: int, scale: float):
    return (
        rng.normal(scale=scale, size=d),
        rng.normal(scale=scale, size=d),
        rng.normal(scale=scale, size=(k, d)),
    )


@pytest.mark.parametrize(("dtype", "tolerance"), [("float64", 1e-12), ("float32", 1e-5)])
@pytest.mark.parametrize("scale", [0.1, 1.0, 8.0])
@pytest.mark.parametrize(("d", "k"), CASES)
def test_reference_matches_torch_logsigmoid_and_bce_with_logits(
    d: int, k: int, scale: float, dtype: str, tolerance: float
) -> None:
    torch = import_torch()
    functional = torch.nn.functional
    rng = np.random.default_rng([d, k, int(scale * 10)])
    center, context, negatives = (a.astype(dtype) for a in _words(rng, d, k, scale))
    v_c, u_o, u_k = (torch.from_numpy(a) for a in (center, context, negatives))
    by_logsigmoid = (-functional.logsigmoid(u_o @ v_c) - functional.logsigmoid(-(u_k @ v_c)).sum()).item()
    logits = torch.cat([(u_o @ v_c).reshape(1), u_k @ v_c])
    labels = torch.zeros_like(logits)
    labels[0] = 1.0
    by_bce = functional.binary_cross_entropy_with_logits(logits, labels, reduction="sum").item()
    result = negative_sampling_loss(center, context, negatives)
    assert isinstance(result, float)
    assert result == pytest.approx(by_logsigmoid, rel=tolerance, abs=tolerance)
    assert result == pytest.approx(by_bce, rel=tolerance, abs=tolerance)


def _minus_log_sigmoid(z: float) -> float:
    return math.log1p(math.exp(-z)) if z >= 0 else -z + math.log1p(math.exp(z))


def _loop_loss(center: list[float], context: list[float], negatives: list[list[float]]) -> float:
    """Word by word in plain Python: exact dot products with math.fsum, a stable -log σ."""
    terms = [_minus_log_sigmoid(math.fsum(u * v for u, v in zip(context, center)))]
    terms += [_minus_log_sigmoid(-math.fsum(u * v for u, v in zip(row, center))) for row in negatives]
    return math.fsum(terms)


@pytest.mark.parametrize("scale", [0.3, 3.0, 40.0])
@pytest.mark.parametrize(("d", "k"), CASES)
def test_reference_matches_a_plain_python_loop(d: int, k: int, scale: float) -> None:
    rng = np.random.default_rng([7, d, k, int(scale)])
    center, context, negatives = _words(rng, d, k, scale)
    expected = _loop_loss(center.tolist(), context.tolist(), negatives.tolist())
    assert negative_sampling_loss(center, context, negatives) == pytest.approx(expected, rel=1e-12, abs=1e-14)


def test_reference_is_exact_for_dot_products_of_1000() -> None:
    center = np.array([1.0, 0.0])
    assert negative_sampling_loss(center, np.array([-1000.0, 0.0]), np.array([[1000.0, 0.0]])) == 2000.0
    assert negative_sampling_loss(center, np.array([1000.0, 0.0]), np.array([[-1000.0, 3.0]])) == 0.0
