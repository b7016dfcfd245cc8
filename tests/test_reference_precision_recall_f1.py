"""The precision_recall_f1 reference agrees with scikit-learn (average="binary", zero_division=0)."""

from __future__ import annotations

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

precision_recall_f1 = import_file(
    load_catalog()["precision_recall_f1"].solution_path, "ref_precision_recall_f1"
).precision_recall_f1


def _sklearn(y_true: np.ndarray, y_pred: np.ndarray) -> tuple[float, float, float]:
    metrics = pytest.importorskip("sklearn.metrics")
    precision, recall, f1, _ = metrics.precision_recall_fscore_support(
        y_true, y_pred, average="binary", pos_label=1, zero_division=0
    )
    return float(precision), float(recall), float(f1)


@pytest.mark.parametrize("seed", range(30))
def test_reference_matches_scikit_learn_on_random_labels(seed: int) -> None:
    rng = np.random.default_rng(seed)
    size = int(rng.integers(1, 40))
    y_true = (rng.random(size) < rng.uniform(0.0, 1.0)).astype(np.int64)
    y_pred = (rng.random(size) < rng.uniform(0.0, 1.0)).astype(np.int64)
    if seed % 2:
        y_true, y_pred = y_true.astype(np.float64), y_pred.astype(np.float64)
    result = precision_recall_f1(y_true, y_pred)
    assert all(type(value) is float for value in result)
    np.testing.assert_allclose(result, _sklearn(y_true, y_pred), rtol=1e-13, atol=0)


@pytest.mark.parametrize(
    ("y_true", "y_pred"),
    [
        ([1, 0, 1, 0], [0, 0, 0, 0]),  # no predicted positive
        ([0, 0, 0], [0, 1, 1]),  # no actual positive
        ([0, 0, 0], [0, 0, 0]),  # neither
        ([1, 1, 0, 0], [0, 0, 1, 1]),  # no true positive
        ([1, 1, 1], [1, 1, 1]),
    ],
)
def test_reference_matches_scikit_learn_on_empty_denominators(y_true: list, y_pred: list) -> None:
    y_true, y_pred = np.array(y_true), np.array(y_pred)
    assert precision_recall_f1(y_true, y_pred) == _sklearn(y_true, y_pred)


def test_reference_raises_value_error_when_lengths_differ() -> None:
    with pytest.raises(ValueError):
        precision_recall_f1(np.array([1]), np.array([1, 0, 1]))
