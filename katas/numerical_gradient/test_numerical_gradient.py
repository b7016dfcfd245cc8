"""Hidden tests of the numerical_gradient kata.

f crosses to the learner's worker as a NamedFunction (harness.wire): sum_of_squares
(gradient 2x), sin_sum (gradient cos x) and cubic_product (Σx³ + Σ xᵢxᵢ₊₁ over the
flattened x). Each test only chooses inputs: ``expect`` compares the learner's
gradient with the reference's central differences and, when they differ, names
the mistake model (mistakes.py) that the answer matches.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect
from harness.wire import NamedFunction

SUM_OF_SQUARES = NamedFunction("sum_of_squares")
SIN_SUM = NamedFunction("sin_sum")
CUBIC_PRODUCT = NamedFunction("cubic_product")


def test_the_gradient_of_a_sum_of_squares_is_two_x(learner, reference):
    expect(learner, reference, SUM_OF_SQUARES, np.array([1.0, -2.0, 3.0]))


def test_the_gradient_of_a_sum_of_sines_is_the_cosines(learner, reference, rng):
    expect(learner, reference, SIN_SUM, rng.uniform(-3.0, 3.0, size=6))


def test_a_function_that_couples_neighbouring_entries(learner, reference, rng):
    expect(learner, reference, CUBIC_PRODUCT, rng.normal(size=5))


def test_works_on_a_matrix(learner, reference, rng):
    expect(learner, reference, CUBIC_PRODUCT, rng.normal(size=(3, 4)))


def test_works_on_a_3d_array(learner, reference, rng):
    expect(learner, reference, SIN_SUM, rng.normal(size=(2, 3, 2)))


def test_works_on_a_transposed_x_that_is_not_contiguous(learner, reference):
    # x.T is a strided view: x.reshape(-1) of it is a copy, not a view of x.
    expect(learner, reference, CUBIC_PRODUCT, np.arange(6.0).reshape(2, 3).T)


def test_a_zero_dimensional_x_gives_a_zero_dimensional_gradient(learner, reference):
    expect(learner, reference, CUBIC_PRODUCT, np.array(0.7))


def test_a_single_entry(learner, reference):
    expect(learner, reference, SIN_SUM, np.array([0.25]))


def test_the_step_h_is_used(learner, reference, rng):
    expect(learner, reference, CUBIC_PRODUCT, rng.normal(size=4), h=1e-2)
    expect(learner, reference, SIN_SUM, rng.normal(size=4), h=0.1)


def test_h_passed_by_position_is_used(learner, reference, rng):
    expect(learner, reference, CUBIC_PRODUCT, rng.uniform(1.0, 2.0, size=3), 0.05)


def test_central_differences_are_exact_for_a_quadratic_even_with_a_large_step(learner, reference, rng):
    expect(learner, reference, SUM_OF_SQUARES, rng.normal(size=(2, 3)), h=0.5)


def test_x_is_unchanged_afterwards(learner, rng):
    # Entries that x + h - 2h + h does not give back exactly: only the saved value restores them.
    assert_inputs_unchanged(learner, CUBIC_PRODUCT, rng.normal(scale=3.0, size=(4, 5)))


def test_float32_x_works_with_a_step_float32_can_resolve(learner, reference, rng):
    x = rng.uniform(-2.0, 2.0, size=(2, 3)).astype(np.float32)
    expect(learner, reference, CUBIC_PRODUCT, x, h=1e-2)
    expect(learner, reference, SUM_OF_SQUARES, x, h=1e-2)


def test_float64_x_gives_a_float64_gradient(learner, reference, rng):
    expect(learner, reference, SIN_SUM, rng.normal(size=(2, 2)))
