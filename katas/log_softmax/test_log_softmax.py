"""Hidden tests of the log_softmax kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_probabilities, expect


def test_two_equal_logits_give_minus_log_two_each(learner, reference):
    expect(learner, reference, np.array([3.0, 3.0]))


def test_a_single_logit_gets_log_probability_zero(learner, reference):
    expect(learner, reference, np.array([[-2.5]]))


def test_matches_the_formula_on_random_logits(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=3.0, size=7) + 2.0)


def test_a_probability_that_underflows_keeps_its_log(learner, reference):
    """softmax([0, -1000]) is [1, 0] in floats; its log must be [0, -1000], not [0, -inf]."""
    expect(learner, reference, np.array([[0.0, -1000.0], [-5.0, -40.0], [2.0, -800.0]]))


def test_large_logits_do_not_overflow(learner, reference):
    expect(learner, reference, np.array([[1e4, 0.0, -1e4], [500.0, 1000.0, 999.0]]))


def test_very_negative_logits_do_not_underflow(learner, reference):
    expect(learner, reference, np.array([[-1000.0, -1001.0, -1002.5], [-2e4, -2e4, -2e4 - 3.0]]))


def test_a_slice_far_below_another_slice_keeps_its_values(learner, reference):
    """Each slice is shifted by its own max: the other slice's max would underflow this one."""
    expect(learner, reference, np.array([[400.0, 401.0, 402.5], [-400.0, -401.0, -402.5]]))


def test_each_row_of_a_batch_is_normalised_on_its_own(learner, reference, rng):
    x = np.stack([rng.normal(size=5), rng.normal(size=5) - 30.0, rng.normal(size=5) + 4.0])
    result = expect(learner, reference, x)
    assert_probabilities(np.exp(result), axis=-1, what="exp of your result")


def test_square_matrix_rows_are_normalised_along_the_last_axis(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=4.0, size=(4, 4)))


def test_works_on_a_batch_of_matrices(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=3.0, size=(2, 3, 4)))


def test_axis_zero_normalises_columns(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=2.0, size=(3, 5)), axis=0)


def test_a_middle_axis_of_a_3d_array(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=2.0, size=(2, 4, 3)) + 10.0, axis=1)


def test_minus_infinity_gives_minus_infinity(learner, reference):
    expect(learner, reference, np.array([[0.0, -np.inf, 1.0], [-np.inf, 2.0, 2.0], [-np.inf, -np.inf, 7.0]]))


def test_minus_infinity_beside_very_negative_logits_stays_minus_infinity(learner, reference):
    expect(learner, reference, np.array([[-2e4, -np.inf], [-np.inf, -1e5], [-3e5, -np.inf]]))


def test_minus_infinity_along_axis_zero_makes_no_nan(learner, reference):
    x = np.array([[-np.inf, 3.0, -np.inf], [0.5, -np.inf, -np.inf], [-1.0, 1e3, 4.0]])
    expect(learner, reference, x, axis=0)


def test_float32_input_works(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=10.0, size=(3, 6)).astype(np.float32))


def test_float32_input_far_below_the_max_works(learner, reference):
    expect(learner, reference, np.array([[0.0, -200.0, 30.0], [-1e3, -1.1e3, -np.inf]], dtype=np.float32))


def test_float64_input_gives_a_float64_result(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(2, 5)) * 1e-3)


def test_input_is_not_modified(learner, rng):
    assert_inputs_unchanged(learner, rng.normal(size=(3, 4)))  # the values are other tests' job
