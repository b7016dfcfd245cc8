"""The entropy reference against SciPy, and against plain Python where SciPy differs.

scipy.stats.entropy divides p by its sum first; the kata uses p as given. So SciPy
is compared on distributions that already sum to 1 (where the two agree), and
p that does not sum to 1 is compared with a plain-Python sum of the formula and
with scipy.special.entr (the unnormalised -p·log p, elementwise).
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

entropy = import_file(load_catalog()["entropy"].solution_path, "ref_entropy").entropy


def _random_distributions(rng: np.random.Generator, shape: tuple[int, ...], k: int) -> np.ndarray:
    p = rng.dirichlet(np.full(k, rng.uniform(0.2, 3.0)), size=shape)
    largest = p == p.max(axis=-1, keepdims=True)
    p[(rng.random(p.shape) < 0.2) & ~largest] = 0.0  # each row keeps its largest entry
    return p / p.sum(axis=-1, keepdims=True)


def _plain(row: list[float], base: float) -> float:
    return -sum(x * math.log(x) for x in row if x > 0) / math.log(base)


@pytest.mark.parametrize("base", [2.0, math.e, 10.0])
def test_reference_matches_scipy_on_normalised_distributions(base: float):
    stats = pytest.importorskip("scipy.stats")
    rng = np.random.default_rng(0)
    for _ in range(20):
        p = _random_distributions(rng, (3, 4), int(rng.integers(1, 9)))
        np.testing.assert_allclose(
            entropy(p, base), stats.entropy(p, base=base, axis=-1), rtol=1e-12, atol=1e-15
        )
        assert entropy(p[0, 0], base) == pytest.approx(
            stats.entropy(p[0, 0], base=base), rel=1e-12, abs=1e-15
        )


def test_reference_matches_scipy_entr_without_renormalising():
    special = pytest.importorskip("scipy.special")
    rng = np.random.default_rng(1)
    p = rng.uniform(0.0, 1.0, size=(6, 5)) * rng.uniform(0.1, 2.0, size=(6, 1))
    p[p < 0.2] = 0.0
    np.testing.assert_allclose(entropy(p, math.e), special.entr(p).sum(axis=-1), rtol=1e-12, atol=1e-15)


def test_reference_matches_plain_python_on_unnormalised_rows():
    rng = np.random.default_rng(2)
    for _ in range(20):
        p = rng.uniform(0.0, 1.0, size=7) * rng.uniform(0.1, 1.5)
        p[rng.random(7) < 0.3] = 0.0
        assert entropy(p) == pytest.approx(_plain(p.tolist(), 2.0), rel=1e-12, abs=1e-15)


def test_reference_gives_a_float_for_1d_and_zero_for_a_certain_outcome_without_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert entropy(np.array([0.0, 1.0, 0.0])) == 0.0
        assert type(entropy(np.array([0.5, 0.5]))) is float
        assert entropy(np.zeros((2, 3))).shape == (2,)
