"""The information_gain reference against scikit-learn and plain Python.

The information gain of a split is the mutual information between a label and the
child it falls in, so sklearn.metrics.mutual_info_score (in nats) divided by ln 2
must match it for any split; a depth-1 DecisionTreeClassifier with
criterion="entropy" stores the entropies (in bits) of its root and two leaves.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

information_gain = import_file(
    load_catalog()["information_gain"].solution_path, "ref_information_gain"
).information_gain


def _random_split(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    """Labels, the child of each label, and the children (some possibly empty)."""
    n = int(rng.integers(1, 80))
    labels = rng.choice(rng.integers(-100, 100, size=int(rng.integers(1, 6))), size=n)
    parts = int(rng.integers(1, 6))
    child_of = rng.integers(0, parts, size=n)
    return labels, child_of, [labels[child_of == v] for v in range(parts)]


def _plain_entropy(labels: list[int]) -> float:
    n = len(labels)
    return -sum(c / n * math.log2(c / n) for c in Counter(labels).values())


def test_reference_matches_sklearn_mutual_information():
    metrics = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(0)
    for _ in range(50):
        labels, child_of, children = _random_split(rng)
        expected = metrics.mutual_info_score(labels, child_of) / math.log(2)
        assert information_gain(labels, children) == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_reference_matches_sklearn_decision_tree_entropies():
    tree_module = pytest.importorskip("sklearn.tree")
    rng = np.random.default_rng(1)
    for _ in range(20):
        x = rng.normal(size=(50, 1))
        labels = (x[:, 0] + rng.normal(scale=0.7, size=50) > 0).astype(int) * 5 - 2
        tree = tree_module.DecisionTreeClassifier(criterion="entropy", max_depth=1).fit(x, labels).tree_
        if tree.node_count < 3:
            continue
        left, right = tree.children_left[0], tree.children_right[0]
        n = tree.n_node_samples
        gain = tree.impurity[0] - (n[left] * tree.impurity[left] + n[right] * tree.impurity[right]) / n[0]
        goes_left = x[:, 0] <= tree.threshold[0]
        children = [labels[goes_left], labels[~goes_left]]
        assert information_gain(labels, children) == pytest.approx(gain, rel=1e-9, abs=1e-12)


def test_reference_matches_plain_python():
    rng = np.random.default_rng(2)
    for _ in range(50):
        labels, _, children = _random_split(rng)
        n = len(labels)
        expected = _plain_entropy(labels.tolist()) - sum(
            len(child) / n * _plain_entropy(child.tolist()) for child in children if len(child)
        )
        assert information_gain(labels, children) == pytest.approx(expected, rel=1e-10, abs=1e-12)


def test_reference_rejects_an_empty_parent_and_returns_floats():
    empty = np.array([], dtype=np.int64)
    with pytest.raises(ValueError):
        information_gain(empty, [empty])
    assert type(information_gain(np.array([0, 1]), [np.array([0]), np.array([1])])) is float
