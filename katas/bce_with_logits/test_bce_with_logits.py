"""Hidden tests of the bce_with_logits kata.

Each test only chooses inputs: ``expect`` compares the learner's loss with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def _hard_labels(rng, size):
    return rng.integers(0, 2, size=size).astype(np.float64)


def test_matches_the_formula_on_random_logits_and_labels(learner, reference, rng):
    expect(learner, reference, _hard_labels(rng, 8), rng.normal(scale=3.0, size=8))


def test_zero_logits_cost_log_2_whatever_the_label(learner, reference):
    expect(learner, reference, np.array([1.0, 0.0, 0.5]), np.zeros(3))


def test_soft_labels_weight_both_terms(learner, reference, rng):
    expect(learner, reference, rng.uniform(0.0, 1.0, size=7), rng.normal(scale=3.0, size=7))


def test_a_confident_mistake_of_1000_costs_exactly_1000(learner, reference):
    expect(learner, reference, np.array([0.0, 1.0]), np.array([1000.0, -1000.0]))


def test_confident_right_logits_cost_almost_nothing(learner, reference):
    y = np.array([1.0, 0.0, 1.0, 0.0, 1.0])
    expect(learner, reference, y, np.array([1000.0, -1000.0, 40.0, -40.0, 30.0]))  # about 2e-14


def test_logits_between_15_and_35_keep_float64_precision(learner, reference, rng):
    z = rng.uniform(15.0, 35.0, size=8) * np.array([1.0, -1.0, 1.0, -1.0, 1.0, -1.0, 1.0, -1.0])
    expect(learner, reference, np.array([0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0]), z)


def test_soft_labels_with_logits_of_1000(learner, reference):
    y = np.array([0.3, 0.75, 0.5, 1.0])
    expect(learner, reference, y, np.array([1000.0, -1000.0, 500.0, -800.0]))


def test_a_2d_batch_is_averaged_over_every_element(learner, reference, rng):
    expect(learner, reference, rng.uniform(0.0, 1.0, size=(3, 4)), rng.normal(scale=5.0, size=(3, 4)))


def test_integer_labels_work(learner, reference, rng):
    expect(learner, reference, rng.integers(0, 2, size=6), rng.normal(scale=4.0, size=6))


def test_float32_inputs_are_computed_in_float64(learner, reference, rng):
    y = rng.uniform(0.0, 1.0, size=6).astype(np.float32)
    expect(learner, reference, y, rng.normal(scale=4.0, size=6).astype(np.float32))


def test_the_loss_is_a_python_float(learner, reference, rng):
    expect(learner, reference, _hard_labels(rng, 5), rng.normal(size=5))


def test_inputs_are_not_modified(learner, rng):
    z = np.array([-1000.0, -2.0, 0.0, 3.0, 1000.0])
    assert_inputs_unchanged(
        learner, np.array([1.0, 0.0, 0.5, 1.0, 0.0]), z
    )  # the values are other tests' job
