"""The binary_cross_entropy reference against scikit-learn's log_loss and a plain-Python loop."""

from __future__ import annotations

import math

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

binary_cross_entropy = import_file(
    load_catalog()["binary_cross_entropy"].solution_path, "ref_binary_cross_entropy"
).binary_cross_entropy


def loop_loss(y_true: np.ndarray, p: np.ndarray, eps: float = 1e-12) -> float:
    """The catalog's formula one element at a time: p clipped, then math.log, then math.fsum."""
    terms = []
    for y, q in zip(np.ravel(y_true).tolist(), np.ravel(p).tolist()):
        q = min(max(q, eps), 1.0 - eps)
        terms.append(-(y * math.log(q) + (1.0 - y) * math.log(1.0 - q)))
    return math.fsum(terms) / len(terms)


@pytest.mark.parametrize("n", [1, 2, 7, 100, 1000])
def test_reference_matches_sklearn_log_loss(n: int):
    metrics = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(n)
    y = rng.integers(0, 2, size=n)
    p = rng.uniform(1e-6, 1.0 - 1e-6, size=n)  # inside both clips (scikit-learn's is 2.2e-16)
    expected = metrics.log_loss(y, p, labels=[0, 1])  # labels: one class alone is allowed too
    assert binary_cross_entropy(y, p) == pytest.approx(expected, rel=1e-12, abs=1e-15)


@pytest.mark.parametrize("eps", [1e-12, 1e-7, 1e-3])
def test_reference_matches_a_plain_python_loop(eps: float):
    rng = np.random.default_rng(int(-math.log10(eps)))
    y = np.concatenate([rng.uniform(0.0, 1.0, size=50), rng.integers(0, 2, size=50)])
    p = np.concatenate([rng.uniform(0.0, 1.0, size=80), [0.0, 1.0] * 5, 10.0 ** -rng.uniform(1, 15, size=10)])
    result = binary_cross_entropy(y, p, eps)
    assert type(result) is float
    assert result == pytest.approx(loop_loss(y, p, eps), rel=1e-12, abs=1e-15)


def test_reference_clips_in_float64_and_leaves_its_inputs_alone():
    y = np.array([0.0, 1.0, 0.5], dtype=np.float32)
    p = np.array([1.0, 0.0, 1.0], dtype=np.float32)
    copies = y.copy(), p.copy()
    result = binary_cross_entropy(y, p)
    assert math.isfinite(result)
    assert result == pytest.approx(loop_loss(y.astype(np.float64), p.astype(np.float64)), rel=1e-12)
    np.testing.assert_array_equal(y, copies[0])
    np.testing.assert_array_equal(p, copies[1])
    assert binary_cross_entropy(np.ones((2, 3)), np.full((2, 3), 0.5)) == pytest.approx(math.log(2.0))
