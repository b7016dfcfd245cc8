"""Hidden tests of the softmax kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_probabilities, expect


def test_two_equal_logits_give_one_half_each(learner, reference):
    expect(learner, reference, np.array([3.0, 3.0]))


def test_matches_the_formula_on_random_logits(learner, reference, rng):
    expect(learner, reference, rng.normal(size=7))


def test_a_single_logit_gets_probability_one(learner, reference):
    expect(learner, reference, np.array([[-2.5]]))


def test_each_row_of_a_batch_sums_to_one(learner, reference, rng):
    x = np.stack([rng.normal(size=5), rng.normal(size=5) - 30.0, rng.normal(size=5) + 4.0])
    assert_probabilities(expect(learner, reference, x), axis=-1)


def test_rows_far_below_the_largest_logit_do_not_become_nan(learner, reference):
    expect(learner, reference, np.array([[0.0, 1.0, 2.0], [-1000.0, -1001.0, -1002.0]]))


def test_works_on_a_batch_of_matrices(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=3.0, size=(2, 3, 4)))


def test_square_matrix_rows_are_normalised_along_the_last_axis(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=4.0, size=(4, 4)))


def test_axis_zero_normalises_columns(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=2.0, size=(3, 5)), axis=0)


def test_a_middle_axis_of_a_3d_array(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=2.0, size=(2, 4, 3)), axis=1)


def test_large_logits_do_not_overflow(learner, reference):
    expect(learner, reference, np.array([[1e4, 0.0, -1e4], [500.0, 1000.0, 999.0]]))


def test_minus_infinity_gets_probability_zero(learner, reference):
    expect(learner, reference, np.array([[0.0, -np.inf, 1.0], [-np.inf, 2.0, 2.0]]))


def test_minus_infinity_beside_very_negative_logits_gets_probability_zero(learner, reference):
    expect(learner, reference, np.array([[-2e4, -np.inf], [-np.inf, -1e5], [-3e5, -np.inf]]))


def test_float32_input_works(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=10.0, size=(3, 6)).astype(np.float32))


def test_float32_input_gives_a_float32_result(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(2, 4)).astype(np.float32), same_dtype=True)


def test_float64_input_gives_a_float64_result(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(2, 5)) * 1e-3)


def test_input_is_not_modified(learner, rng):
    assert_inputs_unchanged(learner, rng.normal(size=(3, 4)))  # the values are other tests' job
