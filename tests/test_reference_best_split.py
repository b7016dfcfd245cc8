"""The best_split reference agrees with scikit-learn's decision stump and with a plain loop."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

best_split = import_file(load_catalog()["best_split"].solution_path, "ref_best_split").best_split


def _entropy(labels: list[int]) -> float:
    n = len(labels)
    return -sum(c / n * math.log2(c / n) for c in Counter(labels).values())


def _loop_best_split(x: np.ndarray, y: np.ndarray) -> tuple[float | None, float]:
    """The catalog's definition, one candidate at a time, in plain Python."""
    pairs = list(zip(x.tolist(), y.tolist()))
    values = sorted(set(x.tolist()))
    best: tuple[float | None, float] = (None, 0.0)
    for position, (a, b) in enumerate(zip(values, values[1:])):
        threshold = (a + b) / 2
        left = [label for value, label in pairs if value <= threshold]
        right = [label for value, label in pairs if value > threshold]
        n = len(pairs)
        gain = _entropy(y.tolist()) - len(left) / n * _entropy(left) - len(right) / n * _entropy(right)
        if position == 0 or gain > best[1] + 1e-12:
            best = (threshold, gain)
    return best


def test_reference_matches_a_plain_loop_with_repeated_values_and_ties():
    rng = np.random.default_rng(3)
    for trial in range(400):
        n = int(rng.integers(1, 30))
        x = rng.integers(0, 8, size=n).astype(np.float64) if trial % 2 else rng.normal(size=n)
        y = rng.integers(-2, int(rng.integers(-1, 4)), size=n)
        threshold, gain = best_split(x, y)
        expected_threshold, expected_gain = _loop_best_split(x, y)
        assert threshold == expected_threshold, (x, y)
        assert gain == pytest.approx(expected_gain, rel=1e-9, abs=1e-12)


def test_reference_matches_a_scikit_learn_decision_stump():
    tree = pytest.importorskip("sklearn.tree")
    rng = np.random.default_rng(4)
    for _ in range(50):
        n = int(rng.integers(10, 200))
        x = rng.integers(-500, 500, size=n).astype(np.float64)  # exact in scikit-learn's float32
        y = np.digitize(x / 300 + rng.normal(size=n), [-0.5, 0.5])
        stump = tree.DecisionTreeClassifier(criterion="entropy", max_depth=1).fit(x[:, None], y).tree_
        if stump.node_count < 3:
            continue  # scikit-learn does not split a pure node
        n_left, n_right = stump.n_node_samples[1], stump.n_node_samples[2]
        sklearn_gain = stump.impurity[0] - (n_left * stump.impurity[1] + n_right * stump.impurity[2]) / n
        threshold, gain = best_split(x, y)
        assert gain == pytest.approx(sklearn_gain, rel=1e-9, abs=1e-12)
        assert threshold == stump.threshold[0]
