"""Hidden tests of the variance kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's (numpy.var's two-pass result) and, when they differ, names the
mistake model (mistakes.py) that the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def test_variance_of_one_to_four_is_one_and_a_quarter(learner, reference):
    expect(learner, reference, np.array([1.0, 2.0, 3.0, 4.0]))


def test_matches_the_definition_on_random_data(learner, reference, rng):
    expect(learner, reference, rng.normal(size=10))


def test_data_with_mean_1e9_and_spread_1_is_exact(learner, reference, rng):
    expect(learner, reference, 1e9 + rng.normal(size=12), rtol=1e-6)


def test_large_offsets_along_an_axis_are_exact(learner, reference, rng):
    offsets = np.array([1e9, -3e8, 5e6, 0.0])
    expect(learner, reference, offsets + rng.normal(size=(6, 4)), axis=0, rtol=1e-6)


def test_constant_data_has_zero_variance_never_negative(learner, reference):
    x = np.array([[0.1] * 6, [1e5 + 0.3] * 6, [-2.7e7 - 0.1] * 6])
    expect(learner, reference, x, axis=1)


def test_ddof_one_gives_the_sample_variance(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=2.0, size=7), ddof=1)


def test_ddof_passed_by_position_is_used(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(3, 4)), None, 2)


def test_axis_none_flattens_a_matrix_into_one_python_float(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(3, 4)) + 2.0)


def test_axis_zero_gives_one_variance_per_column(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(3, 5)), axis=0)


def test_axis_one_of_a_square_matrix_gives_one_variance_per_row(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(4, 4)) * np.array([1.0, 2.0, 3.0, 4.0]), axis=1)


def test_the_last_axis_of_a_3d_array(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(2, 3, 5)), axis=-1)


def test_a_middle_axis_of_a_3d_array(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(2, 4, 3)), axis=1)


def test_ddof_along_an_axis_divides_by_that_axis_length_minus_ddof(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(3, 5)), axis=1, ddof=1)


def test_no_degrees_of_freedom_left_gives_nan_or_inf_as_numpy(learner, reference, rng):
    expect(learner, reference, np.array([5.0]), ddof=1)  # 0/0: nan
    expect(learner, reference, rng.normal(size=(2, 3)), axis=0, ddof=2)  # positive/0: inf


def test_float32_input_works(learner, reference, rng):
    x = (3.0 + rng.normal(size=(4, 6))).astype(np.float32)
    expect(learner, reference, x, axis=0)
    expect(learner, reference, x, rtol=1e-5)  # a float (float64) of float32 arithmetic


def test_float64_input_gives_a_float64_result(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(3, 4)) * 1e-3, axis=1)


def test_input_is_not_modified(learner, rng):
    assert_inputs_unchanged(learner, rng.normal(size=(3, 4)), axis=1)  # the values are other tests' job
