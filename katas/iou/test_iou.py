"""Hidden tests of the iou kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def _random_boxes(rng, count, low=0.0, high=50.0, smallest=1.0, largest=20.0):
    corners = rng.uniform(low, high, size=(count, 2))
    sizes = rng.uniform(smallest, largest, size=(count, 2))
    return np.concatenate([corners, corners + sizes], axis=1)


def test_identical_boxes_give_one(learner, reference):
    boxes = np.array([[0.0, 0.0, 2.0, 2.0], [10.0, -3.0, 14.5, 7.25]])
    expect(learner, reference, boxes, boxes)


def test_partial_overlap_gives_the_exact_ratio(learner, reference):
    boxes_a = np.array([[0.0, 0.0, 2.0, 2.0]])
    boxes_b = np.array([[1.0, 1.0, 3.0, 3.0], [1.0, 0.0, 3.0, 2.0], [-1.0, 0.5, 1.0, 1.5]])
    expect(learner, reference, boxes_a, boxes_b)


def test_a_box_inside_another_gives_the_ratio_of_their_areas(learner, reference):
    boxes_a = np.array([[0.0, 0.0, 4.0, 4.0], [1.0, 1.0, 2.0, 3.0]])
    boxes_b = np.array([[1.0, 1.0, 2.0, 3.0], [0.0, 0.0, 4.0, 4.0]])
    expect(learner, reference, boxes_a, boxes_b)


def test_boxes_apart_in_both_directions_give_zero(learner, reference):
    boxes_a = np.array([[0.0, 0.0, 1.0, 1.0], [10.0, 10.0, 12.0, 13.0]])
    boxes_b = np.array([[2.0, 2.0, 3.0, 3.0], [5.0, -4.0, 6.0, -1.0], [0.0, 5.0, 1.0, 6.0]])
    expect(learner, reference, boxes_a, boxes_b)


def test_boxes_that_only_touch_give_zero(learner, reference):
    boxes_a = np.array([[0.0, 0.0, 1.0, 1.0]])
    boxes_b = np.array(
        [[1.0, 0.0, 2.0, 1.0], [0.0, 1.0, 1.0, 2.0], [1.0, 1.0, 2.0, 2.0], [-1.0, -1.0, 0.0, 0.0]]
    )
    expect(learner, reference, boxes_a, boxes_b)


def test_zero_area_boxes_give_zero_never_nan(learner, reference):
    boxes_a = np.array([[1.0, 0.0, 1.0, 2.0], [0.0, 1.0, 2.0, 1.0], [1.0, 1.0, 1.0, 1.0]])
    boxes_b = np.array([[0.0, 0.0, 2.0, 2.0], [0.5, 0.5, 3.0, 1.5]])
    expect(learner, reference, boxes_a, boxes_b)


def test_two_zero_area_boxes_at_the_same_place_give_zero(learner, reference):
    boxes = np.array([[1.0, 1.0, 1.0, 1.0], [0.0, 0.0, 0.0, 3.0], [2.0, 5.0, 4.0, 5.0]])
    expect(learner, reference, boxes, boxes)


def test_inverted_boxes_have_zero_area(learner, reference):
    boxes_a = np.array(
        [
            [0.0, 0.0, 2.0, 2.0],
            [2.0, 2.0, 0.0, 0.0],
            [0.0, 0.0, -2.0, 1.0],
            [3.0, 0.0, 1.0, 2.0],
            [0.0, 2.0, 2.0, 0.0],
        ]
    )
    boxes_b = np.array([[0.0, 0.0, 2.0, 2.0], [5.0, 5.0, 7.0, 6.0], [1.0, 0.0, 3.0, 2.0]])
    expect(learner, reference, boxes_a, boxes_b)


def test_result_is_the_pairwise_matrix_of_shape_n_by_m(learner, reference, rng):
    expect(learner, reference, _random_boxes(rng, 3), _random_boxes(rng, 5))


def test_equal_numbers_of_boxes_still_give_every_pair(learner, reference, rng):
    expect(learner, reference, _random_boxes(rng, 4, high=10.0), _random_boxes(rng, 4, high=10.0))


def test_a_single_pair_gives_a_one_by_one_matrix(learner, reference):
    expect(learner, reference, np.array([[0.0, 0.0, 2.0, 2.0]]), np.array([[1.0, 1.0, 3.0, 3.0]]))


def test_matches_on_random_overlapping_boxes(learner, reference, rng):
    expect(learner, reference, _random_boxes(rng, 20), _random_boxes(rng, 30))


def test_matches_on_a_mix_of_normal_zero_area_and_inverted_boxes(learner, reference, rng):
    boxes_a = _random_boxes(rng, 12, high=10.0)
    boxes_b = _random_boxes(rng, 9, high=10.0)
    boxes_a[::3, 2] = boxes_a[::3, 0]
    boxes_a[1::3, [1, 3]] = boxes_a[1::3, [3, 1]]
    boxes_b[::2, [0, 1, 2, 3]] = boxes_b[::2, [2, 3, 0, 1]]
    expect(learner, reference, boxes_a, boxes_b)


def test_an_empty_first_set_gives_zero_rows(learner, reference, rng):
    expect(learner, reference, np.zeros((0, 4)), _random_boxes(rng, 3))


def test_an_empty_second_set_gives_zero_columns(learner, reference, rng):
    expect(learner, reference, _random_boxes(rng, 2), np.zeros((0, 4)))


def test_tiny_boxes_are_exact_with_no_epsilon(learner, reference):
    scales = np.array([1e-3, 1e-6, 1e-9, 1e-154])[:, None]  # 1e-154: areas near the smallest float
    boxes_a = np.array([0.0, 0.0, 2.0, 2.0]) * scales
    boxes_b = np.array([1.0, 1.0, 3.0, 3.0]) * scales
    expect(learner, reference, boxes_a, boxes_b)


def test_boxes_at_every_scale_from_a_tenth_to_a_ten_millionth_are_exact(learner, reference):
    scales = np.logspace(-1.0, -7.0, 13)[:, None]  # unions from 0.07 down to 7e-14, a decade apart
    boxes_a = np.array([0.0, 0.0, 2.0, 2.0]) * scales
    boxes_b = np.array([1.0, 1.0, 3.0, 3.0]) * scales
    expect(learner, reference, boxes_a, boxes_b)


def test_boxes_far_from_the_origin_keep_their_precision(learner, reference, rng):
    boxes_a = _random_boxes(rng, 6, high=20.0) + 1e6
    boxes_b = _random_boxes(rng, 7, high=20.0) + 1e6
    expect(learner, reference, boxes_a, boxes_b)


def test_float32_input_works(learner, reference, rng):
    boxes_a = _random_boxes(rng, 5).astype(np.float32)
    boxes_b = _random_boxes(rng, 6).astype(np.float32)
    expect(learner, reference, boxes_a, boxes_b)


def test_float64_input_gives_a_float64_result(learner, reference, rng):
    expect(learner, reference, _random_boxes(rng, 4, high=5.0), _random_boxes(rng, 5, high=5.0))


def test_inputs_are_not_modified(learner, rng):
    boxes_a = _random_boxes(rng, 4, high=10.0)
    boxes_b = _random_boxes(rng, 3, high=10.0)
    boxes_a[0, [0, 2]] = boxes_a[0, [2, 0]]
    boxes_a[2, [1, 3]] = boxes_a[2, [3, 1]]
    assert_inputs_unchanged(learner, boxes_a, boxes_b)  # the values are other tests' job
