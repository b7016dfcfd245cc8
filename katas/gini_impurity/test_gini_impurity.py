"""Hidden tests of the gini_impurity kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's (a float) and, when they differ, names the mistake model
(mistakes.py) that the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def test_a_pure_node_has_impurity_zero(learner, reference):
    expect(learner, reference, np.array([3, 3, 3, 3]))


def test_two_equal_classes_give_one_half(learner, reference):
    expect(learner, reference, np.array([0, 1, 1, 0, 1, 0]))


def test_matches_the_formula_on_random_labels(learner, reference, rng):
    expect(learner, reference, rng.integers(0, 5, size=40))


def test_negative_labels_are_classes_like_any_other(learner, reference):
    expect(learner, reference, np.array([-1, -1, 2, 0, -3, 2, 2]))


def test_labels_need_not_be_consecutive(learner, reference):
    expect(learner, reference, np.array([1000, 7, 7, 1000, 1000, 42, 7, 7]))


def test_an_empty_array_gives_zero(learner, reference):
    expect(learner, reference, np.array([], dtype=np.int64))


def test_a_single_label_has_impurity_zero(learner, reference):
    expect(learner, reference, np.array([5]))


def test_many_classes_of_both_signs_in_a_long_array(learner, reference, rng):
    expect(learner, reference, rng.integers(-50, 50, size=500))


def test_other_integer_dtypes_work(learner, reference, rng):
    """Counts above 11 (int8) or 15 (uint8) overflow when squared in the labels' own dtype."""
    expect(learner, reference, rng.integers(0, 4, size=30).astype(np.int32))
    expect(learner, reference, rng.permutation(np.repeat([-3, 0, 2], [20, 13, 5])).astype(np.int8))
    expect(learner, reference, rng.permutation(np.repeat([0, 7, 200], [17, 3, 9])).astype(np.uint8))


def test_labels_far_apart_need_no_count_for_every_value_between(learner, reference):
    """int8 100 - (-100) wraps to -56; counting every value from 0 to 10**12 needs terabytes."""
    expect(learner, reference, np.array([-100, 100, 100], dtype=np.int8))
    expect(learner, reference, np.array([0, 10**12, 0, 10**12, 10**12]))


def test_a_nearly_pure_node_is_exact(learner, reference):
    labels = np.zeros(1000, dtype=np.int64)
    labels[0] = 1  # 1 - (0.999² + 0.001²) = 0.001998
    expect(learner, reference, labels)


def test_labels_are_not_modified(learner, rng):
    assert_inputs_unchanged(learner, rng.integers(-3, 3, size=20))  # the values are other tests' job
