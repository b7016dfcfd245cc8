"""The cross_entropy reference against PyTorch, SciPy and a slow loop, on random inputs."""

from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

cross_entropy = import_file(load_catalog()["cross_entropy"].solution_path, "ref_cross_entropy").cross_entropy

SHAPES = [(1, 2), (1, 7), (5, 3), (16, 10), (40, 1)]


def _inputs(rng: np.random.Generator, rows: int, classes: int, scale: float):
    logits = rng.normal(scale=scale, size=(rows, classes))
    ids = rng.integers(0, classes, size=rows)
    soft = rng.random(size=(rows, classes)) * rng.uniform(0.2, 3.0, size=(rows, 1))
    return logits, ids, soft


def _slow_loss(logits: np.ndarray, targets: np.ndarray) -> float:
    """Row by row in plain Python: log softmax from math.fsum of shifted exps."""
    losses = []
    for n, row in enumerate(logits.tolist()):
        top = max(row)
        log_norm = top + math.log(math.fsum(math.exp(z - top) for z in row))
        if targets.ndim == 1:
            losses.append(log_norm - row[int(targets[n])])
        else:
            losses.append(math.fsum(t * (log_norm - z) for t, z in zip(targets[n].tolist(), row)))
    return math.fsum(losses) / len(losses)


@pytest.mark.parametrize("scale", [1.0, 30.0, 1e4])
@pytest.mark.parametrize(("rows", "classes"), SHAPES)
def test_reference_matches_a_slow_loop(rows: int, classes: int, scale: float) -> None:
    rng = np.random.default_rng([rows, classes, int(scale)])
    logits, ids, soft = _inputs(rng, rows, classes, scale)
    for targets in (ids, soft):
        expected = _slow_loss(logits, targets)
        result = cross_entropy(logits, targets)
        assert type(result) is float
        assert result == pytest.approx(expected, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize(("rows", "classes"), SHAPES)
def test_reference_matches_scipy_log_softmax(rows: int, classes: int) -> None:
    special = pytest.importorskip("scipy.special")
    rng = np.random.default_rng([7, rows, classes])
    logits, ids, soft = _inputs(rng, rows, classes, 5.0)
    log_probs = special.log_softmax(logits, axis=1)
    assert cross_entropy(logits, ids) == pytest.approx(
        -np.mean(log_probs[np.arange(rows), ids]), rel=1e-12, abs=1e-14
    )
    assert cross_entropy(logits, soft) == pytest.approx(
        -np.mean(np.sum(soft * log_probs, axis=1)), rel=1e-12, abs=1e-14
    )


@pytest.mark.parametrize("scale", [1.0, 1e4])
@pytest.mark.parametrize(("rows", "classes"), SHAPES)
def test_reference_matches_torch_cross_entropy(rows: int, classes: int, scale: float) -> None:
    torch = import_torch()
    rng = np.random.default_rng([11, rows, classes, int(scale)])
    logits, ids, soft = _inputs(rng, rows, classes, scale)
    logits_tensor = torch.from_numpy(logits)
    expected_ids = torch.nn.functional.cross_entropy(logits_tensor, torch.from_numpy(ids)).item()
    expected_soft = torch.nn.functional.cross_entropy(logits_tensor, torch.from_numpy(soft)).item()
    assert cross_entropy(logits, ids) == pytest.approx(expected_ids, rel=1e-12, abs=1e-12)
    assert cross_entropy(logits, soft) == pytest.approx(expected_soft, rel=1e-12, abs=1e-12)


def test_reference_is_exact_for_logits_of_1e4() -> None:
    logits = np.array([[1e4, 0.0, -1e4]])
    assert cross_entropy(logits, np.array([0])) == 0.0
    assert cross_entropy(logits, np.array([2])) == 2e4


def test_reference_accepts_int32_ids_and_float32_logits() -> None:
    logits = np.array([[0.0, np.log(3.0)], [0.0, 0.0]])
    expected = (math.log(4.0 / 3.0) + math.log(2.0)) / 2
    assert cross_entropy(logits, np.array([1, 0], dtype=np.int32)) == pytest.approx(expected)
    result = cross_entropy(logits.astype(np.float32), np.array([1, 0]))
    assert result == pytest.approx(expected, rel=1e-6)
