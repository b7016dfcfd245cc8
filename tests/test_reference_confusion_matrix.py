"""The confusion_matrix reference agrees with scikit-learn's confusion_matrix."""

from __future__ import annotations

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

confusion_matrix = import_file(
    load_catalog()["confusion_matrix"].solution_path, "ref_confusion_matrix"
).confusion_matrix


@pytest.mark.filterwarnings("ignore:A single label was found")
@pytest.mark.parametrize("seed", range(20))
def test_reference_matches_scikit_learn(seed: int) -> None:
    metrics = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(seed)
    n_classes = int(rng.integers(1, 8))
    size = int(rng.integers(1, 60))
    y_true = rng.integers(0, n_classes, size=size)
    y_pred = np.where(rng.random(size) < 0.5, y_true, rng.integers(0, n_classes, size=size))
    expected = metrics.confusion_matrix(y_true, y_pred, labels=np.arange(n_classes))
    result = confusion_matrix(y_true, y_pred, n_classes=n_classes)
    assert result.dtype.kind == "i"
    np.testing.assert_array_equal(result, expected)
    # Without n_classes, k is 1 + the largest label seen: scikit-learn with those labels.
    seen = int(max(y_true.max(), y_pred.max())) + 1
    np.testing.assert_array_equal(
        confusion_matrix(y_true, y_pred), metrics.confusion_matrix(y_true, y_pred, labels=np.arange(seen))
    )


def test_reference_counts_every_pair_as_a_loop_does() -> None:
    rng = np.random.default_rng(7)
    y_true, y_pred = rng.integers(0, 5, size=500), rng.integers(0, 5, size=500)
    expected = np.zeros((6, 6), dtype=np.int64)
    for t, p in zip(y_true.tolist(), y_pred.tolist()):
        expected[t, p] += 1
    np.testing.assert_array_equal(confusion_matrix(y_true, y_pred, 6), expected)


@pytest.mark.parametrize(
    ("y_true", "y_pred", "n_classes"),
    [
        ([0, 1, 3], [0, 1, 2], 3),
        ([0, 1, 2], [0, 4, 1], 3),
        ([0, -1], [0, 1], None),
        ([0, 1], [0, 1, 1], None),
        ([], [], None),
    ],
)
def test_reference_raises_value_error(y_true: list, y_pred: list, n_classes: int | None) -> None:
    with pytest.raises(ValueError):
        confusion_matrix(np.array(y_true, dtype=np.int64), np.array(y_pred, dtype=np.int64), n_classes)


def test_reference_gives_zeros_for_empty_input_with_n_classes() -> None:
    empty = np.array([], dtype=np.int64)
    np.testing.assert_array_equal(confusion_matrix(empty, empty, 4), np.zeros((4, 4), dtype=np.int64))
