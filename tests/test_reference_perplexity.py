"""The perplexity reference against exp(torch.nn.functional.cross_entropy(logits, targets)),
in float64 and float32, and against a plain-Python loop with math.fsum."""

from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

perplexity = import_file(load_catalog()["perplexity"].solution_path, "ref_perplexity").perplexity

SHAPES = [(1, 2), (1, 50), (5, 3), (16, 10), (40, 1), (200, 300)]


def _inputs(rng: np.random.Generator, positions: int, vocabulary: int, scale: float, offset: float):
    logits = offset + rng.normal(scale=scale, size=(positions, vocabulary))
    return logits, rng.integers(0, vocabulary, size=positions)


@pytest.mark.parametrize(("dtype", "tolerance"), [("float64", 1e-12), ("float32", 1e-5)])
@pytest.mark.parametrize(("scale", "offset"), [(1.0, 0.0), (4.0, 0.0), (3.0, 1e4), (3.0, -1e4)])
@pytest.mark.parametrize(("positions", "vocabulary"), SHAPES)
def test_reference_matches_exp_of_torch_cross_entropy(
    positions: int, vocabulary: int, scale: float, offset: float, dtype: str, tolerance: float
) -> None:
    torch = import_torch()
    rng = np.random.default_rng([positions, vocabulary, int(scale), int(abs(offset)), offset < 0])
    logits, targets = _inputs(rng, positions, vocabulary, scale, offset)
    if dtype == "float32" and offset:
        logits = logits - offset  # float32 keeps 3 decimals of 1e4: no library is exact there
    logits = logits.astype(dtype)
    loss = torch.nn.functional.cross_entropy(torch.from_numpy(logits), torch.from_numpy(targets))
    expected = math.exp(loss.item())
    result = perplexity(logits, targets)
    assert isinstance(result, float)
    assert result == pytest.approx(expected, rel=tolerance)


def _loop_perplexity(logits: list[list[float]], targets: list[int]) -> float:
    """Position by position in plain Python, log-sum-exp with math.fsum."""
    losses = []
    for row, target in zip(logits, targets):
        top = max(row)
        losses.append(top + math.log(math.fsum(math.exp(z - top) for z in row)) - row[target])
    return math.exp(math.fsum(losses) / len(losses))


@pytest.mark.parametrize("seed", range(8))
def test_reference_matches_a_plain_python_loop(seed: int) -> None:
    rng = np.random.default_rng(seed)
    positions, vocabulary = int(rng.integers(1, 60)), int(rng.integers(1, 80))
    logits, targets = _inputs(rng, positions, vocabulary, float(rng.uniform(0.1, 30.0)), 0.0)
    expected = _loop_perplexity(logits.tolist(), targets.tolist())
    assert perplexity(logits, targets) == pytest.approx(expected, rel=1e-12)


def test_reference_keeps_a_loss_of_800_exact() -> None:
    logits = np.array([[800.0, 0.0], [0.0, 0.0]])
    assert perplexity(logits, np.array([1, 0])) == pytest.approx(
        math.exp((800.0 + math.log(2.0)) / 2), rel=1e-13
    )
