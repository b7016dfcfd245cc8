"""The numerical_gradient reference against the exact gradients of the test functions and plain Python.

No library has the same job on an array of any shape (scipy.optimize.approx_fprime takes forward
differences of a 1-D x), so the reference is checked against the analytic gradients of the
named functions the hidden tests use and against an independent loop over Python floats.
"""

from __future__ import annotations

import numpy as np
import pytest

from harness.catalog import load_catalog
from harness.proxy import import_file
from harness.wire import NAMED_FUNCTIONS

numerical_gradient = import_file(
    load_catalog()["numerical_gradient"].solution_path, "ref_numerical_gradient"
).numerical_gradient


def _cubic_product_gradient(x: np.ndarray) -> np.ndarray:
    flat = x.ravel()
    gradient = 3 * flat**2
    gradient[:-1] += flat[1:]
    gradient[1:] += flat[:-1]
    return gradient.reshape(x.shape)


EXACT = {
    "sum_of_squares": lambda x: 2 * x,
    "sin_sum": np.cos,
    "cubic_product": _cubic_product_gradient,
}


@pytest.mark.parametrize("name", sorted(NAMED_FUNCTIONS))
@pytest.mark.parametrize("shape", [(), (1,), (7,), (3, 4), (2, 3, 2)])
def test_reference_matches_the_exact_gradient(name: str, shape: tuple[int, ...]):
    rng = np.random.default_rng(1)
    for _ in range(5):
        x = rng.uniform(-2.0, 2.0, size=shape)
        gradient = numerical_gradient(NAMED_FUNCTIONS[name], x)
        assert gradient.shape == x.shape and gradient.dtype == np.float64
        np.testing.assert_allclose(gradient, EXACT[name](x), rtol=1e-8, atol=1e-8)


def test_reference_matches_a_plain_python_central_difference():
    rng = np.random.default_rng(2)

    def f(values: list[float]) -> float:
        return sum(v**3 for v in values) + sum(a * b for a, b in zip(values, values[1:]))

    for h in (1e-5, 1e-3, 0.1):
        x = rng.normal(size=6)
        expected = []
        for i in range(len(x)):
            above, below = list(x), list(x)
            above[i] += h
            below[i] -= h
            expected.append((f(above) - f(below)) / (2 * h))
        np.testing.assert_allclose(
            numerical_gradient(lambda v: f(v.tolist()), x, h), expected, rtol=1e-12, atol=1e-12
        )


def test_reference_leaves_x_unchanged_and_keeps_float32():
    x = np.random.default_rng(3).normal(scale=3.0, size=(4, 5))
    before = x.copy()
    numerical_gradient(NAMED_FUNCTIONS["cubic_product"], x)
    assert np.array_equal(x, before)
    assert numerical_gradient(NAMED_FUNCTIONS["sin_sum"], x.astype(np.float32), 1e-2).dtype == np.float32
