"""Hidden tests of the iou kata."""

import numpy as np

from harness.checks import assert_close, assert_inputs_unchanged

PAIRWISE = (
    "result[i, j] is the IoU of boxes_a[i] with boxes_b[j]: compare every box of boxes_a "
    "with every box of boxes_b (broadcast to shape (n, m)), not box i with box i"
)
CONTINUOUS = (
    "coordinates are continuous: a box's width is x2 - x1 with no +1 (that is the old "
    "pixel convention), so boxes that only touch share an edge of area 0"
)
CLAMP_EACH = (
    "clamp the overlap width and the overlap height at 0 separately, before multiplying: "
    "for boxes apart in both x and y, two negative overlaps multiply to a positive "
    "intersection"
)
ZERO_AREA = (
    "a box with x2 <= x1 or y2 <= y1 has zero area: clamp its width and height at 0 "
    "(a negative area can cancel the other box's area and give 0/0); its IoU is 0"
)
ZERO_UNION = (
    "two zero-area boxes have a union of 0: the IoU is 0 there, not 0/0 = NaN; divide "
    "only where the union is positive"
)
NO_EPSILON = (
    "divide by the exact union, with no epsilon: an epsilon such as 1e-9 is not small "
    "next to the area of a tiny box; treat a zero union on its own instead"
)
EMPTY = (
    "an empty set of boxes (shape (0, 4)) must give an empty matrix of shape (0, m) or "
    "(n, 0), not a crash or a 1-D array"
)
FAR_AWAY = (
    "keep float64 all the way and take differences of coordinates (x2 - x1): far from "
    "the origin float32 or products of large coordinates lose the digits of the widths"
)
MIXED = (
    "flat and inverted boxes have area 0 and IoU 0 with every box, even with each other: "
    "clamp every width and height at 0, and give 0 where the union is 0 (not NaN)"
)


def _assert_iou(actual, expected, trap=None, shape_trap=PAIRWISE):
    """assert_close, but a wrong shape is explained as a shape mistake, not as the test's trap."""
    if isinstance(actual, np.ndarray) and actual.shape != expected.shape:
        assert_close(actual, expected, trap=shape_trap)
    assert_close(actual, expected, trap=trap)


def _random_boxes(rng, count, low=0.0, high=50.0, smallest=1.0, largest=20.0):
    corners = rng.uniform(low, high, size=(count, 2))
    sizes = rng.uniform(smallest, largest, size=(count, 2))
    return np.concatenate([corners, corners + sizes], axis=1)


def test_identical_boxes_give_one(learner, reference):
    boxes = np.array([[0.0, 0.0, 2.0, 2.0], [10.0, -3.0, 14.5, 7.25]])
    _assert_iou(learner(boxes, boxes), reference(boxes, boxes))


def test_partial_overlap_gives_the_exact_ratio(learner, reference):
    boxes_a = np.array([[0.0, 0.0, 2.0, 2.0]])
    boxes_b = np.array([[1.0, 1.0, 3.0, 3.0], [1.0, 0.0, 3.0, 2.0], [-1.0, 0.5, 1.0, 1.5]])
    _assert_iou(
        learner(boxes_a, boxes_b),
        reference(boxes_a, boxes_b),
        trap="IoU is the intersection's area over the union's area, "
        "union = area_a + area_b - intersection; [0,0,2,2] and [1,1,3,3] give 1/7",
    )


def test_a_box_inside_another_gives_the_ratio_of_their_areas(learner, reference):
    boxes_a = np.array([[0.0, 0.0, 4.0, 4.0], [1.0, 1.0, 2.0, 3.0]])
    boxes_b = np.array([[1.0, 1.0, 2.0, 3.0], [0.0, 0.0, 4.0, 4.0]])
    _assert_iou(
        learner(boxes_a, boxes_b),
        reference(boxes_a, boxes_b),
        trap="when one box contains the other, the intersection is the small box",
    )


def test_boxes_apart_in_both_directions_give_zero(learner, reference):
    boxes_a = np.array([[0.0, 0.0, 1.0, 1.0], [10.0, 10.0, 12.0, 13.0]])
    boxes_b = np.array([[2.0, 2.0, 3.0, 3.0], [5.0, -4.0, 6.0, -1.0], [0.0, 5.0, 1.0, 6.0]])
    _assert_iou(learner(boxes_a, boxes_b), reference(boxes_a, boxes_b), trap=CLAMP_EACH)


def test_boxes_that_only_touch_give_zero(learner, reference):
    boxes_a = np.array([[0.0, 0.0, 1.0, 1.0]])
    boxes_b = np.array(
        [[1.0, 0.0, 2.0, 1.0], [0.0, 1.0, 1.0, 2.0], [1.0, 1.0, 2.0, 2.0], [-1.0, -1.0, 0.0, 0.0]]
    )
    _assert_iou(learner(boxes_a, boxes_b), reference(boxes_a, boxes_b), trap=CONTINUOUS)


def test_zero_area_boxes_give_zero_never_nan(learner, reference):
    boxes_a = np.array([[1.0, 0.0, 1.0, 2.0], [0.0, 1.0, 2.0, 1.0], [1.0, 1.0, 1.0, 1.0]])
    boxes_b = np.array([[0.0, 0.0, 2.0, 2.0], [0.5, 0.5, 3.0, 1.5]])
    _assert_iou(learner(boxes_a, boxes_b), reference(boxes_a, boxes_b), trap=ZERO_AREA)


def test_two_zero_area_boxes_at_the_same_place_give_zero(learner, reference):
    boxes = np.array([[1.0, 1.0, 1.0, 1.0], [0.0, 0.0, 0.0, 3.0], [2.0, 5.0, 4.0, 5.0]])
    _assert_iou(learner(boxes, boxes), reference(boxes, boxes), trap=ZERO_UNION)


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
    _assert_iou(learner(boxes_a, boxes_b), reference(boxes_a, boxes_b), trap=ZERO_AREA)


def test_result_is_the_pairwise_matrix_of_shape_n_by_m(learner, reference, rng):
    boxes_a = _random_boxes(rng, 3)
    boxes_b = _random_boxes(rng, 5)
    _assert_iou(learner(boxes_a, boxes_b), reference(boxes_a, boxes_b), trap=PAIRWISE)


def test_equal_numbers_of_boxes_still_give_every_pair(learner, reference, rng):
    boxes_a = _random_boxes(rng, 4, high=10.0)
    boxes_b = _random_boxes(rng, 4, high=10.0)
    _assert_iou(learner(boxes_a, boxes_b), reference(boxes_a, boxes_b), trap=PAIRWISE)


def test_a_single_pair_gives_a_one_by_one_matrix(learner, reference):
    boxes_a = np.array([[0.0, 0.0, 2.0, 2.0]])
    boxes_b = np.array([[1.0, 1.0, 3.0, 3.0]])
    _assert_iou(
        learner(boxes_a, boxes_b),
        reference(boxes_a, boxes_b),
        trap="return the (n, m) matrix even when n = m = 1; do not squeeze it",
    )


def test_matches_on_random_overlapping_boxes(learner, reference, rng):
    boxes_a = _random_boxes(rng, 20)
    boxes_b = _random_boxes(rng, 30)
    _assert_iou(learner(boxes_a, boxes_b), reference(boxes_a, boxes_b))


def test_matches_on_a_mix_of_normal_zero_area_and_inverted_boxes(learner, reference, rng):
    boxes_a = _random_boxes(rng, 12, high=10.0)
    boxes_b = _random_boxes(rng, 9, high=10.0)
    boxes_a[::3, 2] = boxes_a[::3, 0]
    boxes_a[1::3, [1, 3]] = boxes_a[1::3, [3, 1]]
    boxes_b[::2, [0, 1, 2, 3]] = boxes_b[::2, [2, 3, 0, 1]]
    _assert_iou(learner(boxes_a, boxes_b), reference(boxes_a, boxes_b), trap=MIXED)


def test_an_empty_first_set_gives_zero_rows(learner, reference, rng):
    boxes_a = np.zeros((0, 4))
    boxes_b = _random_boxes(rng, 3)
    _assert_iou(learner(boxes_a, boxes_b), reference(boxes_a, boxes_b), trap=EMPTY, shape_trap=EMPTY)


def test_an_empty_second_set_gives_zero_columns(learner, reference, rng):
    boxes_a = _random_boxes(rng, 2)
    boxes_b = np.zeros((0, 4))
    _assert_iou(learner(boxes_a, boxes_b), reference(boxes_a, boxes_b), trap=EMPTY, shape_trap=EMPTY)


def test_tiny_boxes_are_exact_with_no_epsilon(learner, reference):
    scales = np.array([1e-3, 1e-6, 1e-9, 1e-154])[:, None]  # 1e-154: areas near the smallest float
    boxes_a = np.array([0.0, 0.0, 2.0, 2.0]) * scales
    boxes_b = np.array([1.0, 1.0, 3.0, 3.0]) * scales
    _assert_iou(learner(boxes_a, boxes_b), reference(boxes_a, boxes_b), trap=NO_EPSILON)


def test_boxes_far_from_the_origin_keep_their_precision(learner, reference, rng):
    boxes_a = _random_boxes(rng, 6, high=20.0) + 1e6
    boxes_b = _random_boxes(rng, 7, high=20.0) + 1e6
    _assert_iou(learner(boxes_a, boxes_b), reference(boxes_a, boxes_b), trap=FAR_AWAY)


def test_float32_input_works(learner, reference, rng):
    boxes_a = _random_boxes(rng, 5).astype(np.float32)
    boxes_b = _random_boxes(rng, 6).astype(np.float32)
    _assert_iou(learner(boxes_a, boxes_b), reference(boxes_a, boxes_b))


def test_float64_input_gives_a_float64_result(learner, reference, rng):
    boxes_a = _random_boxes(rng, 4, high=5.0)
    boxes_b = _random_boxes(rng, 5, high=5.0)
    _assert_iou(learner(boxes_a, boxes_b), reference(boxes_a, boxes_b), trap="do not compute in float32")


def test_inputs_are_not_modified(learner, rng):
    boxes_a = _random_boxes(rng, 4, high=10.0)
    boxes_b = _random_boxes(rng, 3, high=10.0)
    boxes_a[0, [0, 2]] = boxes_a[0, [2, 0]]
    boxes_a[2, [1, 3]] = boxes_a[2, [3, 1]]
    assert_inputs_unchanged(learner, boxes_a, boxes_b)  # the values are other tests' job
