"""The gini_impurity reference against scikit-learn's decision tree and plain Python.

A DecisionTreeClassifier with criterion="gini" stores each node's Gini impurity in
tree_.impurity; its root node holds all the labels, so tree_.impurity[0] is the
Gini impurity of the whole label array (scikit-learn encodes any labels first).
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

gini_impurity = import_file(load_catalog()["gini_impurity"].solution_path, "ref_gini_impurity").gini_impurity


def _plain(labels: list[int]) -> float:
    n = len(labels)
    return 1.0 - sum((count / n) ** 2 for count in Counter(labels).values()) if n else 0.0


def test_reference_matches_sklearn_root_impurity():
    tree = pytest.importorskip("sklearn.tree")
    rng = np.random.default_rng(0)
    for _ in range(20):
        n = int(rng.integers(10, 60))
        classes = rng.integers(-(10**6), 10**6, size=int(rng.integers(1, 5)))  # few, far apart
        labels = rng.choice(classes, size=n)
        model = tree.DecisionTreeClassifier(criterion="gini", max_depth=1).fit(np.zeros((n, 1)), labels)
        assert gini_impurity(labels) == pytest.approx(model.tree_.impurity[0], rel=1e-12, abs=1e-15)


def test_reference_matches_plain_python():
    rng = np.random.default_rng(1)
    for _ in range(50):
        labels = rng.integers(-5, 5, size=int(rng.integers(0, 40)))
        assert gini_impurity(labels) == pytest.approx(_plain(labels.tolist()), rel=1e-12, abs=1e-15)


def test_reference_gives_python_floats_and_changes_no_input():
    labels = np.array([3, -1, 3, 3])
    assert type(gini_impurity(labels)) is float
    assert gini_impurity(np.array([], dtype=np.int64)) == 0.0
    np.testing.assert_array_equal(labels, [3, -1, 3, 3])
