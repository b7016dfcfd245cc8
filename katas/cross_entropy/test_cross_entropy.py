"""Hidden tests of the cross_entropy kata.

Each test only chooses inputs: ``expect`` compares the learner's loss with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def _soft_targets(rng, rows, classes):
    weights = rng.random(size=(rows, classes)) ** 3
    return weights / weights.sum(axis=1, keepdims=True)


def test_an_unlikely_class_far_from_zero_costs_its_exact_log_probability(learner, reference, rng):
    logits = rng.normal(scale=4.0, size=(5, 6)) + 1e4
    expect(learner, reference, logits, np.argmin(logits, axis=1))  # float64 precision, no eps


def test_uniform_logits_cost_the_log_of_the_number_of_classes(learner, reference):
    expect(learner, reference, np.zeros((3, 4)), np.array([0, 3, 1]))


def test_integer_targets_give_minus_the_log_softmax_of_the_true_class(learner, reference, rng):
    logits = rng.normal(scale=2.0, size=(6, 5))
    expect(learner, reference, logits, rng.integers(0, 5, size=6, dtype=np.int64))


def test_the_loss_is_the_mean_over_the_batch_not_the_sum(learner, reference):
    logits = np.array([[2.0, 0.0, -1.0], [0.5, 0.5, 3.0], [-1.0, 1.0, 0.0], [0.0, 0.0, 0.0]])
    expect(learner, reference, logits, np.array([0, 1, 1, 2]))


def test_a_batch_of_one_row(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(1, 5)), np.array([3]))


def test_probability_targets_give_minus_the_sum_of_t_times_log_softmax(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=2.0, size=(5, 4)), _soft_targets(rng, 5, 4))


def test_one_hot_probability_targets_equal_integer_targets(learner, reference, rng):
    logits = rng.normal(scale=2.0, size=(6, 3))
    one_hot = np.eye(3)[np.array([0, 2, 1, 1, 0, 2])]
    expect(learner, reference, logits, one_hot)  # the reference gives the loss of the ids


def test_one_hot_targets_given_as_int64_are_probabilities(learner, reference):
    expect(learner, reference, np.array([[0.0, 1.0, 2.0], [0.0, 0.0, 0.0]]), np.array([[0, 0, 1], [1, 0, 0]]))


def test_one_hot_targets_given_as_int32_are_probabilities(learner, reference):
    targets = np.array([[0, 1], [1, 0]], dtype=np.int32)
    expect(learner, reference, np.array([[0.0, 1.0], [2.0, 0.0]]), targets)


def test_integer_targets_that_are_not_one_hot_are_probabilities(learner, reference):
    logits = np.array([[0.0, 1.0, 2.0], [1.0, 0.0, 3.0]])
    expect(learner, reference, logits, np.array([[1, 1, 0], [0, 2, 1]]))


def test_probability_targets_that_do_not_sum_to_one_are_used_as_given(learner, reference):
    logits = np.array([[1.0, 2.0, 0.0], [0.0, -1.0, 1.0], [3.0, 0.0, 1.0]])
    targets = np.array([[0.25, 0.25, 0.0], [0.5, 1.0, 0.5], [0.1, 0.2, 0.3]])
    expect(learner, reference, logits, targets)


def test_a_confident_right_prediction_costs_nothing(learner, reference):
    expect(learner, reference, np.array([[1e4, 0.0, -1e4]]), np.array([0]))


def test_a_confident_wrong_prediction_costs_the_whole_logit_gap(learner, reference):
    expect(learner, reference, np.array([[1e4, 0.0, -1e4]]), np.array([2]))


def test_probability_targets_with_logits_of_1e4(learner, reference):
    logits = np.array([[1e4, 0.0, -1e4], [0.0, 1e4, 0.0]])
    expect(learner, reference, logits, np.array([[0.9, 0.05, 0.05], [1.0, 0.0, 0.0]]))


def test_each_row_is_shifted_by_its_own_max(learner, reference, rng):
    logits = rng.normal(size=(3, 4)) + np.array([[1e4], [0.0], [-1e4]])
    expect(learner, reference, logits, np.array([1, 0, 3]))


def test_integer_class_ids_given_as_int64(learner, reference, rng):
    logits = rng.normal(scale=2.0, size=(5, 7))
    expect(learner, reference, logits, np.array([6, 0, 3, 3, 1], dtype=np.int64))


def test_integer_class_ids_given_as_int32(learner, reference, rng):
    logits = rng.normal(scale=2.0, size=(5, 7))
    expect(learner, reference, logits, np.array([6, 0, 3, 3, 1], dtype=np.int32))


def test_float32_logits_work(learner, reference, kata, rng):
    logits = rng.normal(scale=3.0, size=(6, 5)).astype(np.float32)
    targets = rng.integers(0, 5, size=6)
    tolerance = kata.tolerance  # the expected loss is a float: name the float32 tolerances
    expect(learner, reference, logits, targets, rtol=tolerance.rtol_float32, atol=tolerance.atol_float32)


def test_float64_logits_give_a_float64_precise_loss(learner, reference, rng):
    logits = rng.normal(scale=3.0, size=(8, 6)) + 50.0
    expect(learner, reference, logits, rng.integers(0, 6, size=8))


def test_returns_a_python_float_not_an_array(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(4, 3)), np.array([1, 1, 0, 2]))


def test_inputs_are_not_modified(learner, rng):
    logits = rng.normal(scale=2.0, size=(4, 3))
    soft = np.array([[0.5, 0.5, 0.0], [0.2, 0.2, 0.2], [0.0, 0.0, 3.0], [1.0, 0.0, 0.0]])
    assert_inputs_unchanged(learner, logits, np.array([2, 0, 1, 2]))  # the values are other tests' job
    assert_inputs_unchanged(learner, logits, soft)
