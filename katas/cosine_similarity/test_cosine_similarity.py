"""Hidden tests of the cosine_similarity kata.

Each test only chooses inputs: ``expect`` compares the learner's (n, m) matrix
with the reference's and, when they differ, names the mistake model
(mistakes.py) that the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def rows_with_norms(rng, norms, d):
    """Random directions in d dimensions, one row per norm, scaled to exactly that norm."""
    directions = rng.normal(size=(len(norms), d))
    return directions / np.sqrt(np.sum(directions**2, axis=1, keepdims=True)) * np.asarray(norms)[:, None]


def test_parallel_rows_give_one_opposite_rows_minus_one_orthogonal_rows_zero(learner, reference):
    A = np.array([[1.0, 2.0, 0.0]])
    B = np.array([[2.0, 4.0, 0.0], [-1.0, -2.0, 0.0], [0.0, 0.0, 3.0]])
    expect(learner, reference, A, B)


def test_matches_the_formula_on_random_matrices(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(3, 4)), rng.normal(size=(5, 4)))


def test_the_result_has_a_row_per_row_of_a_and_a_column_per_row_of_b(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(1, 3)), rng.normal(size=(6, 3)))
    expect(learner, reference, rng.normal(size=(4, 2)), rng.normal(size=(1, 2)))


def test_the_length_of_a_row_does_not_change_its_cosines(learner, reference, rng):
    A = rows_with_norms(rng, [1e-3, 1.0, 1e4], 5)
    expect(learner, reference, A, rng.normal(size=(2, 5)) * 50.0)


def test_a_zero_row_gives_zero_not_nan(learner, reference, rng):
    A, B = rng.normal(size=(3, 4)), rng.normal(size=(2, 4))
    A[1] = 0.0
    B[0] = 0.0
    expect(learner, reference, A, B)


def test_tiny_rows_above_eps_keep_their_true_cosine(learner, reference, rng):
    A = rows_with_norms(rng, [2e-6, 5e-6, 1e-5], 4)
    B = rows_with_norms(rng, [3e-6, 1e-5], 4)
    expect(learner, reference, A, B)


def test_each_norm_is_clamped_at_eps_on_its_own(learner, reference, rng):
    A = rows_with_norms(rng, [1e-10, 1.0], 3)  # the first row's norm is below eps
    B = rows_with_norms(rng, [1e3, 2e2, 1.0], 3)
    expect(learner, reference, A, B)


def test_the_eps_argument_is_used(learner, reference, rng):
    A = rows_with_norms(rng, [0.0, 1e-3, 2.0], 3)
    B = rows_with_norms(rng, [3.0, 5.0], 3)
    expect(learner, reference, A, B, eps=1e-2)


def test_float32_matrices_work(learner, reference, rng):
    A, B = rng.normal(size=(4, 6)), rng.normal(size=(3, 6))
    A[2] = 0.0
    expect(learner, reference, A.astype(np.float32), B.astype(np.float32))


def test_float64_matrices_keep_float64_precision(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(3, 5)) + 0.1, rng.normal(size=(4, 5)) * 1e-3)


def test_inputs_are_not_modified(learner, rng):
    assert_inputs_unchanged(learner, rng.normal(size=(3, 4)), rng.normal(size=(2, 4)))
