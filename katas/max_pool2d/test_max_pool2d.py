"""Hidden tests of the max_pool2d kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs. The inputs are random
normal values, so windows mix positive and negative ones, unless a test says
otherwise.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_raises, expect


def test_each_window_gives_its_largest_value(learner, reference):
    x = np.array([[1.0, 5.0, 2.0, 0.0], [3.0, 4.0, 8.0, 7.0], [0.0, 9.0, 6.0, 1.0], [2.0, 1.0, 3.0, 4.0]])
    expect(learner, reference, x.reshape(1, 1, 4, 4), 2)


def test_each_channel_of_each_image_is_pooled_on_its_own(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(2, 3, 6, 8)), 2)
    expect(learner, reference, rng.normal(size=(3, 5, 4, 4)), 2)


def test_the_stride_defaults_to_the_kernel_size(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(2, 2, 9, 9)), 3)
    expect(learner, reference, rng.normal(size=(1, 2, 6, 8)), (3, 2), None)


def test_a_smaller_stride_makes_windows_overlap(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(2, 2, 7, 7)), 3, 2)
    expect(learner, reference, rng.normal(size=(1, 3, 5, 6)), 2, 1)


def test_windows_that_would_run_past_the_edge_are_dropped(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(2, 2, 7, 5)), 2)
    expect(learner, reference, rng.normal(size=(1, 2, 8, 10)), 3, 2)


def test_kernel_and_stride_pairs_are_height_then_width(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(2, 2, 6, 9)), (2, 3), (1, 2))
    expect(learner, reference, rng.normal(size=(1, 3, 8, 5)), (3, 1))
    expect(learner, reference, rng.normal(size=(2, 1, 7, 7)), 2, (2, 1))


def test_windows_of_negative_values_give_their_negative_maximum(learner, reference, rng):
    expect(learner, reference, -np.abs(rng.normal(size=(2, 3, 4, 6))) - 0.5, 2)


def test_a_kernel_as_large_as_the_input_gives_one_pixel(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(2, 3, 4, 5)), (4, 5))


def test_a_1x1_kernel_returns_a_new_array(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(2, 2, 3, 4)), 1)
    expect(learner, reference, rng.normal(size=(2, 2, 5, 4)), 1, 2)


def test_float64_values_are_kept_exactly(learner, reference, rng):
    x = 1.0 + rng.integers(0, 100, size=(2, 2, 4, 4)) * 1e-12  # all 1.0 in float32
    expect(learner, reference, x, 2)


def test_float32_input_works(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(2, 3, 6, 7)).astype(np.float32), (2, 3), (2, 2))


def test_a_kernel_larger_than_the_input_raises_value_error(learner, rng):
    cases = [((2, 2, 4, 4), 5, None), ((1, 2, 6, 5), (2, 6), 1), ((2, 1, 3, 8), (4, 2), 2)]
    for shape, kernel, stride in cases:  # too large along both axes, the width only, the height only
        x = rng.normal(size=shape)
        assert_raises(learner, ValueError, x, kernel, stride, mistake="larger_kernel_not_rejected")


def test_the_input_is_not_modified(learner, rng):
    assert_inputs_unchanged(learner, rng.normal(size=(2, 3, 6, 6)), 3, 1)  # the values are other tests' job
