"""Hidden tests of the confusion_matrix kata.

Each test only chooses inputs: ``expect`` compares the learner's matrix with the
reference's (integer counts, exactly) and, when they differ, names the mistake
model (mistakes.py) that the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_raises, expect


def test_true_classes_are_rows_and_predictions_are_columns(learner, reference):
    expect(learner, reference, np.array([0, 1, 2, 1, 0]), np.array([0, 2, 1, 2, 1]))


def test_repeated_pairs_are_all_counted(learner, reference):
    expect(learner, reference, np.array([0, 0, 0, 1, 1, 2, 2, 2]), np.array([0, 0, 1, 1, 1, 2, 0, 2]))


def test_a_cell_may_count_more_than_a_small_integer_dtype_holds(learner, reference):
    expect(learner, reference, np.zeros(300, dtype=np.int64), np.zeros(300, dtype=np.int64))  # [[300]]
    y_true = np.repeat([0, 1, 1], [70_000, 5, 260])  # above uint16's 65,535 and uint8's 255
    expect(learner, reference, y_true, np.repeat([0, 0, 1], [70_000, 5, 260]))


def test_matches_the_counts_on_random_labels(learner, reference, rng):
    y_true = rng.integers(0, 4, size=40)
    y_pred = np.where(rng.random(40) < 0.6, y_true, rng.integers(0, 4, size=40))
    expect(learner, reference, y_true, y_pred)


def test_a_predicted_class_larger_than_every_true_one_widens_the_matrix(learner, reference):
    expect(learner, reference, np.array([0, 1, 1, 0, 1]), np.array([0, 3, 1, 2, 1]))


def test_a_true_class_larger_than_every_prediction_widens_the_matrix(learner, reference):
    expect(learner, reference, np.array([0, 3, 1, 0]), np.array([0, 1, 1, 2]))


def test_a_single_sample_gives_a_single_count(learner, reference):
    expect(learner, reference, np.array([2]), np.array([0]))


def test_class_zero_may_never_occur(learner, reference):
    expect(learner, reference, np.array([1, 2, 2, 3]), np.array([2, 1, 2, 3]))


def test_n_classes_adds_zero_rows_and_columns_for_unseen_classes(learner, reference, rng):
    y_true = rng.integers(0, 3, size=12)
    expect(learner, reference, y_true, rng.integers(0, 3, size=12), n_classes=5)


def test_n_classes_passed_by_position_is_used(learner, reference):
    expect(learner, reference, np.array([1, 0, 1]), np.array([1, 1, 0]), 4)


def test_empty_input_with_n_classes_gives_a_zero_matrix(learner, reference):
    empty = np.array([], dtype=np.int64)
    expect(learner, reference, empty, empty.copy(), n_classes=3)


def test_empty_input_without_n_classes_raises_value_error(learner):
    empty = np.array([], dtype=np.int64)
    assert_raises(learner, ValueError, empty, empty.copy())


def test_a_label_of_n_classes_or_more_raises_value_error(learner):
    for y_true, y_pred in [
        ([0, 1, 3], [0, 1, 2]),
        ([0, 1, 2], [2, 3, 0]),
        ([0, 0, 1], [0, 4, 1]),
        ([4, 0], [0, 2]),
    ]:
        assert_raises(
            learner, ValueError, np.array(y_true), np.array(y_pred), n_classes=3, mistake="labels_not_checked"
        )


def test_a_negative_label_raises_value_error(learner):
    for y_true, y_pred, n_classes in [([0, -1, 2], [0, 1, 2], 3), ([0, 1, 1], [1, -1, 0], None)]:
        assert_raises(
            learner,
            ValueError,
            np.array(y_true),
            np.array(y_pred),
            n_classes=n_classes,
            mistake="labels_not_checked",
        )


def test_lengths_that_differ_raise_value_error(learner):
    for y_true, y_pred in [([0, 1, 2, 1, 0], [0, 1, 2, 1]), ([1, 0], [1, 0, 0, 1]), ([1], [0, 1, 1])]:
        assert_raises(learner, ValueError, np.array(y_true), np.array(y_pred), mistake="lengths_not_checked")


def test_int32_labels_give_integer_counts(learner, reference, rng):
    y_true = rng.integers(0, 3, size=15).astype(np.int32)
    expect(learner, reference, y_true, rng.integers(0, 3, size=15).astype(np.int32), n_classes=3)


def test_the_inputs_are_not_modified(learner, rng):
    assert_inputs_unchanged(learner, rng.integers(0, 3, size=10), rng.integers(0, 3, size=10))
