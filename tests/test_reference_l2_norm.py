"""The l2_norm reference agrees with numpy.linalg.norm, SciPy's BLAS nrm2 on extreme scales, and a
plain-Python computation of the formula with exact rational arithmetic."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file

l2_norm = import_file(load_catalog()["l2_norm"].solution_path, "ref_l2_norm").l2_norm

SHAPES = [(7,), (3, 4), (2, 3, 4), (1, 5), (4, 1)]


@pytest.mark.parametrize("shape", SHAPES)
def test_reference_matches_numpy_linalg_norm_on_ordinary_arrays(shape: tuple[int, ...]) -> None:
    rng = np.random.default_rng(len(shape))
    x = rng.normal(size=shape) * 3.0
    for axis in [None, *range(-len(shape), len(shape))]:
        for keepdims in (False, True):
            expected = np.linalg.norm(x if axis is not None else x.ravel(), axis=axis, keepdims=keepdims)
            if axis is None and keepdims:
                expected = np.reshape(expected, (1,) * x.ndim)
            result = l2_norm(x, axis=axis, keepdims=keepdims)
            if np.ndim(expected) == 0:
                assert type(result) is float
            else:
                assert result.shape == expected.shape
            np.testing.assert_allclose(result, expected, rtol=1e-13, atol=0.0)


def _exact_norm(values: list[float]) -> float:
    """√Σx² with the sum of squares exact (rationals), rounded once, then a correctly rounded root."""
    total = sum(Fraction(v) ** 2 for v in values)
    if total == 0:
        return 0.0
    shift = (total.numerator.bit_length() - total.denominator.bit_length()) // 2
    return math.ldexp(math.sqrt(float(total / Fraction(4) ** shift)), shift)


@pytest.mark.parametrize("exponent", [-300, -200, -100, 0, 100, 200, 300])
def test_reference_matches_an_exact_computation_at_extreme_scales(exponent: int) -> None:
    rng = np.random.default_rng(exponent + 1000)
    for _ in range(20):
        x = rng.normal(size=(3, 6)) * 10.0**exponent
        x[rng.random(x.shape) < 0.2] = 0.0
        rows = l2_norm(x, axis=1)
        for row, value in zip(x.tolist(), rows.tolist()):
            assert value == pytest.approx(_exact_norm(row), rel=1e-14, abs=0.0)
        assert l2_norm(x) == pytest.approx(_exact_norm(x.ravel().tolist()), rel=1e-14, abs=0.0)


def test_reference_matches_blas_nrm2_on_huge_and_tiny_vectors() -> None:
    blas = pytest.importorskip("scipy.linalg.blas")
    rng = np.random.default_rng(5)
    for scale in (1e-250, 1e-200, 1.0, 1e200, 1e250):
        x = rng.normal(size=50) * scale
        assert l2_norm(x) == pytest.approx(float(blas.dnrm2(x)), rel=1e-13)


def test_reference_gives_zero_for_all_zero_slices_and_keeps_float32() -> None:
    x = np.zeros((3, 4))
    x[1] = [3.0, 4.0, 0.0, 0.0]
    np.testing.assert_array_equal(l2_norm(x, axis=1), [0.0, 5.0, 0.0])
    assert l2_norm(np.zeros(5)) == 0.0
    assert l2_norm(x.astype(np.float32), axis=0).dtype == np.float32
