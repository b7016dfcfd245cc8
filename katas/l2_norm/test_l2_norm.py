"""Hidden tests of the l2_norm kata.

Each test only chooses inputs: ``expect`` compares the learner's norm (a number
or an array) with the reference's and, when they differ, names the mistake
model (mistakes.py) that the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def test_the_vector_3_4_has_norm_5(learner, reference):
    expect(learner, reference, np.array([3.0, 4.0]))


def test_the_norm_of_a_whole_array_is_one_python_float(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(3, 4)))
    expect(learner, reference, rng.normal(size=(2, 3, 2)) * 7.0)


def test_axis_1_gives_the_norm_of_each_row(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(4, 3)), axis=1)


def test_axis_0_gives_the_norm_of_each_column(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(3, 5)), axis=0)


def test_negative_and_middle_axes_of_a_3d_array(learner, reference, rng):
    x = rng.normal(size=(2, 3, 4))
    for axis in (-1, 1, -3):
        expect(learner, reference, x, axis=axis)


def test_keepdims_keeps_the_reduced_axis_with_length_1(learner, reference, rng):
    x = rng.normal(size=(3, 4))
    expect(learner, reference, x, axis=1, keepdims=True)
    expect(learner, reference, x, axis=0, keepdims=True)
    expect(learner, reference, x, keepdims=True)


def test_other_axes_of_length_1_are_not_dropped(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(1, 4)), axis=1)
    expect(learner, reference, rng.normal(size=(3, 1)), axis=0)
    expect(learner, reference, rng.normal(size=(1, 2, 1)), axis=1)


def test_entries_of_1e200_do_not_overflow(learner, reference, rng):
    expect(learner, reference, np.array([3e200, -4e200]))
    expect(learner, reference, rng.uniform(1.0, 9.0, size=(2, 5)) * 1e200)


def test_slices_of_only_negative_entries_have_positive_norms(learner, reference, rng):
    expect(learner, reference, -rng.uniform(1.0, 9.0, size=(3, 4)), axis=1)
    expect(learner, reference, -rng.uniform(1.0, 9.0, size=(2, 3)) * 1e200, axis=0)


def test_a_slice_mixing_huge_and_tiny_entries_is_exact(learner, reference):
    expect(learner, reference, np.array([3e200, 1e-200, -4e200, 2.0]))
    expect(learner, reference, np.array([[1e-200, 3e-150, 0.0], [2.0, -1e200, 1e-100]]), axis=1)


def test_entries_of_1e_minus_200_do_not_underflow_to_zero(learner, reference, rng):
    expect(learner, reference, np.array([-3e-200, 4e-200]))
    expect(learner, reference, rng.uniform(1.0, 9.0, size=(2, 5)) * 1e-200)


def test_rows_of_very_different_scales_each_get_their_own_norm(learner, reference, rng):
    x = rng.normal(size=(3, 4)) * np.array([[1e200], [1e-200], [1.0]])
    expect(learner, reference, x, axis=1)
    expect(learner, reference, x.T, axis=0, keepdims=True)


def test_an_all_zero_slice_has_norm_zero(learner, reference, rng):
    x = rng.normal(size=(3, 4))
    x[1] = 0.0
    expect(learner, reference, x, axis=1)
    expect(learner, reference, np.zeros((2, 3)))


def test_float32_input_works(learner, reference, rng):
    x = (rng.normal(size=(3, 5)) * 1e3).astype(np.float32)
    expect(learner, reference, x, axis=1)
    expect(learner, reference, x, axis=0, keepdims=True)


def test_float64_input_keeps_float64_precision(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(4, 6)) + 1e-3, axis=-1)


def test_input_is_not_modified(learner, rng):
    x = rng.normal(size=(3, 4))
    x[0] = 0.0
    assert_inputs_unchanged(learner, x, axis=1)
