"""Hidden tests of the best_split kata.

Each test only chooses inputs: ``expect`` compares the learner's (threshold, gain)
with the reference's and, when they differ, names the mistake model (mistakes.py)
that the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def _labels_along(corners):
    """Labels 0/1 whose left-child counts go through the given (zeros, ones) corners in order.

    Between two corners the samples follow the straight line as closely as whole counts
    can: the gain is convex in the left child's counts, so the splits at the corners
    are the best ones along the way.
    """
    labels, (zeros, ones) = [], (0, 0)
    for target_zeros, target_ones in corners:
        start, steps = (zeros, ones), (target_zeros - zeros) + (target_ones - ones)
        for step in range(1, steps + 1):
            on_line = start[0] + (target_zeros - start[0]) * step / steps
            if zeros < target_zeros and (
                ones == target_ones or abs(zeros + 1 - on_line) <= abs(zeros - on_line)
            ):
                labels.append(0)
                zeros += 1
            else:
                labels.append(1)
                ones += 1
    return np.array(labels)


def test_two_clean_classes_split_at_the_midpoint_with_gain_one(learner, reference):
    expect(learner, reference, np.array([1.0, 2.0, 3.0, 4.0]), np.array([0, 0, 1, 1]))


def test_the_threshold_is_halfway_between_the_values_it_separates(learner, reference, rng):
    for _ in range(3):
        x = np.sort(rng.choice(np.arange(0.0, 100.0, 7.0), size=8, replace=False))
        expect(learner, reference, x, (x > np.median(x)).astype(np.int64))


def test_unsorted_x_keeps_each_label_with_its_value(learner, reference, rng):
    x = rng.permutation(np.arange(10.0))
    expect(learner, reference, x, (x >= 6).astype(np.int64))


def test_matches_the_information_gain_on_random_data(learner, reference, rng):
    for _ in range(5):
        x = rng.normal(size=30)
        y = (x + rng.normal(scale=0.8, size=30) > 0.3).astype(np.int64) + (x > 1.0)
        expect(learner, reference, x, y)


def test_every_class_of_several_counts_in_the_entropy(learner, reference, rng):
    x = rng.uniform(0.0, 10.0, size=40)
    y = np.digitize(x + rng.normal(scale=1.5, size=40), [2.5, 5.0, 7.5])  # four classes
    expect(learner, reference, x, y)


def test_labels_may_be_any_integers(learner, reference, rng):
    x = rng.normal(size=24)
    y = np.where(x > 0.2, 7, -3)
    y[rng.permutation(24)[:6]] = 100
    expect(learner, reference, x, y)  # as in gini_impurity: negative and sparse labels


def test_a_negative_label_is_a_class_of_its_own_not_the_largest(learner, reference, rng):
    # Indexing columns by label would put -1 on the column of 2, the largest label.
    expect(learner, reference, np.arange(4.0), np.array([-1, -1, 2, 2]))  # (1.5, 1.0)
    x = rng.normal(size=20)
    expect(learner, reference, x, np.where(x > 0.0, 2, -1) + (x > 1.0) - (x < -1.0))


def test_repeated_values_give_candidates_only_between_distinct_values(learner, reference):
    expect(learner, reference, np.array([1.0, 2.0, 2.0, 3.0, 4.0]), np.array([0, 0, 0, 1, 1]))
    x = np.array([5.0, 1.0, 3.0, 3.0, 2.0, 5.0, 3.0, 4.0, 1.0])
    expect(learner, reference, x, (x >= 4).astype(np.int64))


def test_many_repeated_values_keep_equal_values_on_one_side(learner, reference, rng):
    for _ in range(3):
        x = rng.integers(0, 12, size=200).astype(np.float64)
        y = (x + rng.normal(scale=3.0, size=200) > 6.0).astype(np.int64)
        y[x == 5.0] = rng.permutation(np.arange(np.count_nonzero(x == 5.0)) % 2)
        expect(learner, reference, x, y)


def test_equal_gains_go_to_the_smallest_threshold(learner, reference):
    expect(learner, reference, np.array([1.0, 2.0, 3.0, 4.0]), np.array([0, 1, 1, 0]))
    expect(learner, reference, np.array([0.5, 4.0, 3.0, 2.0, 1.0]), np.array([1, 0, 0, 1, 1]))


def test_gains_equal_up_to_rounding_error_go_to_the_smallest_threshold(learner, reference):
    # Mathematically equal gains that floating point computes a few ulps apart.
    expect(learner, reference, np.arange(5.0), np.array([1, 2, 0, 1, 1]))
    expect(learner, reference, np.arange(7.0), np.array([2, 0, 1, 1, 2, 1, 0]))
    expect(learner, reference, np.arange(8.0), np.array([0, 2, 2, 0, 0, 1, 0, 2]))


def test_near_ties_within_the_tolerance_go_to_the_smallest_threshold(learner, reference):
    # 1,388 samples; the splits after (609, 40) and (689, 311) gain 0.1088 bits, 3.4e-13 apart.
    y = _labels_along([(609, 40), (689, 311), (1074, 314)])
    expect(learner, reference, np.arange(y.size, dtype=np.float64), y)


def test_near_ties_beyond_the_tolerance_are_not_tied(learner, reference):
    # 1,479 samples; the splits after (251, 767) and (271, 787) gain 0.1572 bits, 3.5e-12 apart.
    y = _labels_along([(251, 767), (271, 787), (591, 888)])
    expect(learner, reference, np.arange(y.size, dtype=np.float64), y)


def test_labels_all_of_one_class_give_the_smallest_midpoint_and_zero_gain(learner, reference, rng):
    expect(learner, reference, np.array([3.0, 1.0, 2.0]), np.array([1, 1, 1]))
    expect(learner, reference, rng.normal(size=9), np.zeros(9, dtype=np.int64))


def test_a_split_that_gains_nothing_still_gives_its_threshold(learner, reference):
    expect(learner, reference, np.array([1.0, 1.0, 2.0, 2.0]), np.array([0, 1, 0, 1]))


def test_all_x_equal_give_no_threshold_and_zero_gain(learner, reference):
    expect(learner, reference, np.full(5, 2.5), np.array([0, 1, 1, 0, 1]))  # (None, 0.0)
    expect(learner, reference, np.array([-1.0]), np.array([1]))


def test_float32_x_works(learner, reference, kata, rng):
    x = rng.normal(size=20).astype(np.float32)
    tolerance = kata.tolerance  # a float32 x may give its midpoint in float32 or float64
    y = (x > 0.1).astype(np.int64) + (x > 0.9)
    expect(learner, reference, x, y, rtol=tolerance.rtol_float32, atol=tolerance.atol_float32)


def test_values_closer_than_float32_resolution_are_distinct(learner, reference):
    x = 1.0 + np.array([0.0, 1.0, 2.0, 3.0, 4.0]) * 1e-10  # all 1.0 in float32
    expect(learner, reference, x, np.array([0, 0, 1, 1, 1]))


def test_inputs_are_not_modified(learner, rng):
    x = rng.normal(size=12)
    assert_inputs_unchanged(learner, x, (x > 0).astype(np.int64))  # the values are other tests' job
