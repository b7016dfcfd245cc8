"""The roc_auc reference agrees with scikit-learn's roc_auc_score, ties included."""

from __future__ import annotations

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

roc_auc = import_file(load_catalog()["roc_auc"].solution_path, "ref_roc_auc").roc_auc


def _random_case(rng: np.random.Generator, trial: int) -> tuple[np.ndarray, np.ndarray]:
    n = int(rng.integers(2, 80))
    y = (rng.uniform(size=n) < rng.uniform(0.05, 0.95)).astype(np.int64)
    y[rng.permutation(n)[:2]] = [0, 1]  # both classes
    if trial % 3 == 0:
        scores = rng.normal(size=n) + y
    elif trial % 3 == 1:
        scores = rng.integers(0, int(rng.integers(1, 6)), size=n).astype(np.float64)  # many ties
    else:
        scores = np.round(rng.normal(size=n), 1).astype(np.float32)
    return y, scores


def test_reference_matches_scikit_learn():
    metrics = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(5)
    for trial in range(600):
        y, scores = _random_case(rng, trial)
        assert roc_auc(y, scores) == pytest.approx(metrics.roc_auc_score(y, scores), rel=1e-12, abs=1e-15)


def test_reference_matches_counting_every_pair():
    rng = np.random.default_rng(6)
    for trial in range(300):
        y, scores = _random_case(rng, trial)
        positives, negatives = scores[y == 1].tolist(), scores[y == 0].tolist()
        won = sum((p > q) + 0.5 * (p == q) for p in positives for q in negatives)
        assert roc_auc(y, scores) == pytest.approx(won / (len(positives) * len(negatives)), rel=1e-12)


def test_reference_raises_where_scikit_learn_warns_on_one_class():
    """The catalog's ValueError; scikit-learn 1.9 warns instead and returns NaN."""
    metrics = pytest.importorskip("sklearn.metrics")
    for y in (np.zeros(4, dtype=np.int64), np.ones(4, dtype=np.int64)):
        with pytest.warns(metrics._ranking.UndefinedMetricWarning):
            assert np.isnan(metrics.roc_auc_score(y, np.arange(4.0)))
        with pytest.raises(ValueError):
            roc_auc(y, np.arange(4.0))
