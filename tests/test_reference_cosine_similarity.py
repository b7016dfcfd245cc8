"""The cosine_similarity reference agrees with scikit-learn, a double loop, and PyTorch where installed."""

from __future__ import annotations

import math

import numpy as np
import pytest

from conftest import import_torch
from harness.catalog import load_catalog
from harness.proxy import import_file

cosine_similarity = import_file(
    load_catalog()["cosine_similarity"].solution_path, "ref_cosine_similarity"
).cosine_similarity


def _loop_cosine(A: np.ndarray, B: np.ndarray, eps: float) -> np.ndarray:
    """The catalog's formula, one pair at a time, in plain Python floats."""
    result = np.zeros((len(A), len(B)))
    for i, a in enumerate(A.tolist()):
        for j, b in enumerate(B.tolist()):
            norm_a = max(math.sqrt(sum(x * x for x in a)), eps)
            norm_b = max(math.sqrt(sum(x * x for x in b)), eps)
            result[i, j] = sum(x * y for x, y in zip(a, b)) / (norm_a * norm_b)
    return result


def _rows(rng: np.random.Generator, count: int, d: int) -> np.ndarray:
    """Random rows of very different norms, some zero, some below eps."""
    rows = rng.normal(size=(count, d)) * 10.0 ** rng.integers(-12, 4, size=(count, 1))
    rows[rng.random(count) < 0.2] = 0.0
    return rows


def test_reference_matches_scikit_learn_on_rows_of_ordinary_norms() -> None:
    pairwise = pytest.importorskip("sklearn.metrics.pairwise")
    rng = np.random.default_rng(0)
    for _ in range(20):
        A, B = rng.normal(size=(7, 5)) * 3.0, rng.normal(size=(4, 5))
        A[0] = 0.0  # scikit-learn also gives 0 for a zero row
        expected = pairwise.cosine_similarity(A, B)
        np.testing.assert_allclose(cosine_similarity(A, B), expected, rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("eps", [1e-8, 1e-3, 0.5])
def test_reference_matches_a_double_loop_on_rows_of_any_norm(eps: float) -> None:
    rng = np.random.default_rng(1)
    for _ in range(10):
        A, B = _rows(rng, 9, 4), _rows(rng, 6, 4)
        result = cosine_similarity(A, B, eps)
        assert result.shape == (9, 6) and not np.isnan(result).any()
        np.testing.assert_allclose(result, _loop_cosine(A, B, eps), rtol=1e-12, atol=1e-15)


def test_reference_matches_torch_cosine_similarity() -> None:
    torch = import_torch()
    rng = np.random.default_rng(2)
    A, B = _rows(rng, 5, 3), _rows(rng, 4, 3)
    expected = torch.nn.functional.cosine_similarity(
        torch.from_numpy(A)[:, None, :], torch.from_numpy(B)[None, :, :], dim=-1, eps=1e-8
    ).numpy()
    np.testing.assert_allclose(cosine_similarity(A, B), expected, rtol=1e-10, atol=1e-12)
