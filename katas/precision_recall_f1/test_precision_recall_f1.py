"""Hidden tests of the precision_recall_f1 kata.

Each test only chooses inputs: ``expect`` compares the learner's (precision,
recall, f1) with the reference's and, when they differ, names the mistake model
(mistakes.py) that the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_raises, expect


def _labels(rng, size, positive_rate=0.5):
    return (rng.random(size) < positive_rate).astype(np.int64)


def test_a_small_example_gives_two_thirds_one_half_and_four_sevenths(learner, reference):
    expect(learner, reference, np.array([1, 1, 1, 0, 0, 0, 1]), np.array([1, 0, 1, 1, 0, 0, 0]))


def test_matches_the_formulas_on_random_labels(learner, reference, rng):
    y_true = _labels(rng, 40, 0.4)
    y_pred = np.where(rng.random(40) < 0.7, y_true, _labels(rng, 40))
    expect(learner, reference, y_true, y_pred)


def test_perfect_predictions_give_ones(learner, reference):
    labels = np.array([0, 1, 1, 0, 1])
    expect(learner, reference, labels, labels.copy())


def test_no_predicted_positive_gives_zero_precision_not_nan(learner, reference):
    expect(learner, reference, np.array([1, 0, 1, 0]), np.array([0, 0, 0, 0]))


def test_no_actual_positive_gives_zero_recall_not_nan(learner, reference):
    expect(learner, reference, np.array([0, 0, 0, 0, 0]), np.array([0, 1, 0, 1, 0]))


def test_all_negatives_everywhere_give_three_zeros(learner, reference):
    expect(learner, reference, np.zeros(6, dtype=np.int64), np.zeros(6, dtype=np.int64))


def test_no_true_positive_gives_zero_f1_not_nan(learner, reference):
    expect(learner, reference, np.array([1, 1, 0, 0, 0]), np.array([0, 0, 1, 1, 0]))


def test_float_labels_work(learner, reference, rng):
    y_true = _labels(rng, 20).astype(np.float64)
    y_pred = np.where(rng.random(20) < 0.6, y_true, 1.0 - y_true)
    expect(learner, reference, y_true, y_pred)


def test_float32_labels_work(learner, reference):
    y_true = np.array([1, 0, 1, 1, 0, 1], dtype=np.float32)
    expect(learner, reference, y_true, np.array([1, 1, 0, 1, 0, 0], dtype=np.float32))


def test_lengths_that_differ_raise_value_error(learner):
    for y_true, y_pred in [([1], [1, 0, 1]), ([1, 0, 1, 1], [1]), ([1, 0, 1, 1, 0], [1, 1, 0])]:
        assert_raises(learner, ValueError, np.array(y_true), np.array(y_pred), mistake="lengths_not_checked")


def test_the_inputs_are_not_modified(learner, rng):
    assert_inputs_unchanged(learner, _labels(rng, 12), _labels(rng, 12).astype(np.float64))
