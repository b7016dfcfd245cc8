"""The average_precision reference agrees with scikit-learn's average_precision_score, ties included."""

from __future__ import annotations

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

average_precision = import_file(
    load_catalog()["average_precision"].solution_path, "ref_average_precision"
).average_precision


def test_reference_matches_scikit_learn():
    metrics = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(7)
    for trial in range(600):
        n = int(rng.integers(1, 80))
        y = (rng.uniform(size=n) < rng.uniform(0.05, 0.95)).astype(np.int64)
        y[rng.integers(n)] = 1  # at least one positive
        if trial % 3 == 0:
            scores = rng.normal(size=n) + y
        elif trial % 3 == 1:
            scores = rng.integers(0, int(rng.integers(1, 6)), size=n).astype(np.float64)  # many ties
        else:
            scores = np.round(rng.normal(size=n), 1).astype(np.float32)
        expected = metrics.average_precision_score(y, scores)
        assert average_precision(y, scores) == pytest.approx(expected, rel=1e-12, abs=1e-15)


def test_reference_raises_where_scikit_learn_returns_zero_without_a_positive():
    metrics = pytest.importorskip("sklearn.metrics")
    y = np.zeros(5, dtype=np.int64)
    with pytest.warns(UserWarning):
        assert metrics.average_precision_score(y, np.arange(5.0)) == 0.0
    with pytest.raises(ValueError):
        average_precision(y, np.arange(5.0))
