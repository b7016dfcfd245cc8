"""The ndcg_at_k reference against scikit-learn's ndcg_score (on scores without ties, since
scikit-learn averages tied items where the kata ranks the lower index first) and against a
plain-Python computation of the formula that breaks ties by index (with ties)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

ndcg_at_k = import_file(load_catalog()["ndcg_at_k"].solution_path, "ref_ndcg_at_k").ndcg_at_k


def _plain_ndcg(relevance: list[float], scores: list[float], k: int) -> float:
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:k]
    dcg = sum(relevance[i] / math.log2(position + 2) for position, i in enumerate(order))
    ideal_order = sorted(relevance, reverse=True)[:k]
    ideal = sum(r / math.log2(position + 2) for position, r in enumerate(ideal_order))
    return dcg / ideal if ideal > 0 else 0.0


@pytest.mark.parametrize("seed", range(40))
def test_reference_matches_scikit_learn_without_ties(seed: int) -> None:
    metrics = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 30))
    relevance = rng.integers(0, 5, size=n).astype(np.float64) if seed % 2 else rng.uniform(0, 3, size=n)
    scores = rng.normal(size=n)
    assert np.unique(scores).size == n
    k = int(rng.integers(1, n + 5))
    expected = metrics.ndcg_score(relevance[None, :], scores[None, :], k=k)
    result = ndcg_at_k(relevance, scores, k)
    assert type(result) is float
    assert result == pytest.approx(expected, rel=1e-12, abs=1e-15)


@pytest.mark.parametrize("seed", range(40))
def test_reference_matches_a_plain_python_ranking_with_ties(seed: int) -> None:
    rng = np.random.default_rng(100 + seed)
    n = int(rng.integers(1, 30))
    relevance = rng.integers(0, 4, size=n).astype(np.float64)
    scores = rng.integers(0, 3, size=n).astype(np.float64)  # many ties
    k = int(rng.integers(1, n + 5))
    expected = _plain_ndcg(relevance.tolist(), scores.tolist(), k)
    assert ndcg_at_k(relevance, scores, k) == pytest.approx(expected, rel=1e-12, abs=1e-15)


def test_scikit_learn_differs_on_ties_as_the_kata_says() -> None:
    metrics = pytest.importorskip("sklearn.metrics")
    relevance, scores = np.array([0.0, 1.0, 1.0]), np.array([0.5, 0.5, 0.5])
    assert ndcg_at_k(relevance, scores, 1) == 0.0  # item 0 ranks first
    assert metrics.ndcg_score(relevance[None, :], scores[None, :], k=1) == pytest.approx(2 / 3)


def test_reference_gives_zero_when_nothing_is_relevant_and_raises_on_bad_input() -> None:
    assert ndcg_at_k(np.zeros(4), np.arange(4.0), 2) == 0.0
    with pytest.raises(ValueError):
        ndcg_at_k(np.ones(3), np.arange(3.0), 0)
    with pytest.raises(ValueError):
        ndcg_at_k(np.ones(3), np.arange(4.0), 2)
