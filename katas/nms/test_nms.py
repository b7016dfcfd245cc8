"""Hidden tests of the nms kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs. Most boxes lie on a grid of
whole numbers, so that every IoU is a ratio of small integers: an IoU equal to
the threshold is exact, and any other is far from it in float64 and float32 alike.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def _grid_boxes(rng, count, extent=12, largest=5):
    """count boxes with whole-number corners in [0, extent + largest], sides 1 to largest."""
    corners = rng.integers(0, extent, size=(count, 2))
    sizes = rng.integers(1, largest + 1, size=(count, 2))
    return np.concatenate([corners, corners + sizes], axis=1).astype(np.float64)


def _detections(rng, objects, per_object):
    """Clusters of jittered boxes around a few objects, as a detector proposes them."""
    centres = rng.uniform(0.0, 200.0, size=(objects, 2))
    sizes = rng.uniform(10.0, 60.0, size=(objects, 2))
    which = np.repeat(np.arange(objects), per_object)
    half = np.tile(sizes[which] / 2, 2) * np.array([-1.0, -1.0, 1.0, 1.0])
    jitter = rng.normal(scale=0.12, size=(len(which), 4)) * np.tile(sizes[which], 2)
    return np.tile(centres[which], 2) + half + jitter


def test_a_box_dropped_by_a_kept_box_does_not_drop_others(learner, reference):
    # Two chains of boxes side by side: neighbours have IoU 1/3, boxes two apart only touch.
    # The first chain is in score order; the second is scored out of order.
    chain = np.array([[0.0, 0.0, 4.0, 4.0], [2.0, 0.0, 6.0, 4.0], [4.0, 0.0, 8.0, 4.0]])
    long_chain = np.array([[2.0 * k, 10.0, 2.0 * k + 4.0, 14.0] for k in range(5)])
    boxes = np.concatenate([chain, long_chain])
    scores = np.array([0.9, 0.8, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45])
    expect(learner, reference, boxes, scores, 0.25)
    expect(learner, reference, boxes, scores[::-1].copy(), 0.25)


def test_an_iou_equal_to_the_threshold_does_not_suppress(learner, reference):
    boxes = np.array(
        [
            [0.0, 0.0, 4.0, 2.0],  # IoU 0.5 with the next box, exactly
            [0.0, 0.0, 2.0, 2.0],
            [10.0, 0.0, 13.0, 1.0],  # IoU 0.5 with the next box, exactly
            [11.0, 0.0, 14.0, 1.0],
            [20.0, 0.0, 25.0, 1.0],  # IoU 0.6 with the next box: suppressed
            [20.0, 0.0, 23.0, 1.0],
        ]
    )
    expect(learner, reference, boxes, np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4]), 0.5)


def test_a_threshold_of_zero_keeps_boxes_that_only_touch_or_are_apart(learner, reference):
    boxes = np.array(
        [
            [0.0, 0.0, 2.0, 2.0],
            [2.0, 0.0, 4.0, 2.0],  # touches the first box along an edge
            [2.0, 2.0, 4.0, 4.0],  # touches the first box at a corner
            [6.0, 6.0, 7.0, 7.0],  # apart
            [1.0, 1.0, 3.0, 3.0],  # overlaps the first box: the only one dropped
        ]
    )
    expect(learner, reference, boxes, np.array([0.9, 0.8, 0.7, 0.6, 0.5]), 0.0)


def test_a_threshold_of_one_keeps_even_identical_boxes(learner, reference):
    boxes = np.array([[0.0, 0.0, 2.0, 3.0], [0.0, 0.0, 2.0, 3.0], [5.0, 5.0, 6.0, 6.0], [0.0, 0.0, 2.0, 3.0]])
    expect(learner, reference, boxes, np.array([0.2, 0.9, 0.5, 0.7]), 1.0)


def test_kept_indices_come_highest_score_first(learner, reference):
    # Boxes apart from each other, except index 2, which overlaps index 5 (IoU 0.6).
    boxes = np.array([[3.0 * k, 0.0, 3.0 * k + 2.0, 2.0] for k in range(7)])
    boxes[2] = boxes[5] + np.array([0.0, 0.0, 1.0, 0.0])
    scores = np.array([0.3, 0.95, 0.6, 0.1, 0.8, 0.7, 0.5])
    expect(learner, reference, boxes, scores, 0.5)


def test_equal_scores_keep_the_lower_index_first(learner, reference):
    boxes = np.array(
        [
            [0.0, 0.0, 2.0, 2.0],  # apart from the others, tied with index 4
            [5.0, 0.0, 7.0, 2.0],  # identical to index 3, tied with it: index 1 is kept
            [10.0, 0.0, 12.0, 2.0],
            [5.0, 0.0, 7.0, 2.0],
            [15.0, 0.0, 17.0, 2.0],
        ]
    )
    expect(learner, reference, boxes, np.array([0.5, 0.7, 0.9, 0.7, 0.5]), 0.5)


def test_many_equal_scores_keep_index_order(learner, reference, rng):
    boxes = _grid_boxes(rng, 120, extent=40)
    boxes[60:90] = boxes[:30]  # duplicated boxes, some with equal scores
    scores = rng.choice([0.25, 0.5, 0.75, 1.0], size=120)
    expect(learner, reference, boxes, scores, 0.5)


def test_small_boxes_have_continuous_coordinates_with_no_plus_one(learner, reference):
    boxes = np.array(
        [
            [0.0, 0.0, 1.0, 1.0],
            [0.5, 0.0, 1.5, 1.0],  # IoU 1/3 with the first box
            [3.0, 0.0, 4.0, 1.0],
            [4.0, 0.0, 5.0, 1.0],  # touches the box before
        ]
    )
    expect(learner, reference, boxes, np.array([0.9, 0.8, 0.7, 0.6]), 0.5)


def test_zero_area_boxes_are_never_suppressed(learner, reference):
    boxes = np.array(
        [
            [0.0, 0.0, 4.0, 4.0],
            [1.0, 1.0, 1.0, 1.0],  # a point inside the first box
            [0.0, 2.0, 4.0, 2.0],  # a horizontal line across it
            [1.0, 1.0, 1.0, 1.0],  # the same point again
            [0.0, 2.0, 4.0, 2.0],  # the same line again
            [2.0, 0.0, 2.0, 4.0],  # a vertical line crossing the other line
        ]
    )
    expect(learner, reference, boxes, np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4]), 0.5)


def test_hundreds_of_points_and_lines_among_boxes_are_never_suppressed(learner, reference, rng):
    # Large enough that an IoU left uninitialised where the union is 0 (np.divide with where=
    # but no out=) holds stale values, which a few hundred rounds of suppression expose.
    corners = rng.integers(0, 50, size=(400, 2))
    sides = rng.integers(0, 6, size=(400, 2)) * rng.integers(0, 2, size=(400, 1))
    boxes = np.concatenate([corners, corners + sides], axis=1).astype(np.float64)
    expect(learner, reference, boxes, rng.uniform(size=400), 0.5)


def test_inverted_boxes_have_zero_area_and_are_never_suppressed(learner, reference):
    boxes = np.array(
        [
            [0.0, 0.0, 4.0, 4.0],
            [4.0, 4.0, 0.0, 0.0],  # the first box with its corners swapped
            [4.0, 0.0, 0.0, 4.0],  # x inverted only
            [4.0, 4.0, 0.0, 0.0],  # the second box again
            [0.0, 4.0, 4.0, 0.0],  # y inverted only
        ]
    )
    expect(learner, reference, boxes, np.array([0.9, 0.8, 0.7, 0.6, 0.5]), 0.5)


def test_tiny_boxes_are_exact_with_no_epsilon(learner, reference):
    # One pair per scale, all at the origin: IoU 3/4 within a pair, at most 3/400 across scales.
    scales = np.array([1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-154])
    pair = np.array([[0.0, 0.0, 2.0, 2.0], [0.0, 0.0, 2.0, 1.5]])
    boxes = (scales[:, None, None] * pair).reshape(-1, 4)
    scores = np.linspace(1.0, 0.1, len(boxes))
    expect(learner, reference, boxes, scores, 0.5)


def test_boxes_far_from_the_origin_keep_their_precision(learner, reference):
    # Half units at 1e7, where float32 has whole units only: in float32 the first pair's IoU
    # 0.6 becomes 1 and the second pair's 0.625 becomes 0.5.
    boxes = 1e7 + np.array(
        [[0.0, 0.0, 2.0, 1.0], [0.5, 0.0, 2.5, 1.0], [10.0, 0.0, 14.0, 1.0], [11.5, 0.0, 14.0, 1.0]]
    )
    scores = np.array([0.9, 0.8, 0.7, 0.6])
    expect(learner, reference, boxes, scores, 0.7)
    expect(learner, reference, boxes, scores, 0.55)


def test_no_boxes_give_an_empty_int_array(learner, reference):
    expect(learner, reference, np.zeros((0, 4)), np.zeros(0), 0.5)


def test_a_single_box_is_kept(learner, reference):
    expect(learner, reference, np.array([[1.0, 2.0, 3.0, 5.0]]), np.array([0.3]), 0.5)


def test_matches_on_random_boxes_on_a_grid(learner, reference, rng):
    boxes = _grid_boxes(rng, 30)
    scores = rng.permutation(30) / 30.0
    for threshold in (0.0, 0.25, 0.5, 0.75):
        expect(learner, reference, boxes, scores, threshold)


def test_matches_on_clusters_of_detections(learner, reference, rng):
    boxes = _detections(rng, objects=6, per_object=15)
    scores = rng.uniform(size=len(boxes))
    for threshold in (0.3, 0.5, 0.7):
        expect(learner, reference, boxes, scores, threshold)


def test_float32_boxes_and_scores_work(learner, reference, rng):
    boxes = _grid_boxes(rng, 40, extent=20).astype(np.float32)
    scores = rng.choice([0.2, 0.4, 0.6, 0.8], size=40).astype(np.float32)
    expect(learner, reference, boxes, scores, 0.5)


def test_inputs_are_not_modified(learner, rng):
    boxes = _grid_boxes(rng, 20)
    boxes[3, [0, 2]] = boxes[3, [2, 0]]
    assert_inputs_unchanged(learner, boxes, rng.uniform(size=20), 0.4)  # the values are other tests' job
