"""Hidden tests of the binary_cross_entropy kata.

Each test only chooses inputs: ``expect`` compares the learner's loss with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect

# Where p is clipped at the top, 1 - (1 - eps) is 1.00009e-12 in float64, not 1e-12: a
# learner who clips 1 - p to [eps, 1 - eps] instead is right too, and differs by 3e-6.
SATURATED_RTOL = 1e-5


def _hard_labels(rng, size):
    return rng.integers(0, 2, size=size).astype(np.float64)


def test_matches_the_formula_on_random_probabilities(learner, reference, rng):
    expect(learner, reference, _hard_labels(rng, 8), rng.uniform(0.05, 0.95, size=8))


def test_the_loss_is_the_mean_over_the_examples(learner, reference):
    expect(learner, reference, np.array([1.0, 0.0, 1.0, 0.0]), np.array([0.9, 0.2, 0.6, 0.5]))


def test_soft_labels_weight_both_log_terms(learner, reference, rng):
    expect(learner, reference, rng.uniform(0.0, 1.0, size=7), rng.uniform(0.05, 0.95, size=7))


def test_label_smoothing_targets_of_0_05_and_0_95(learner, reference, rng):
    expect(learner, reference, np.array([0.95, 0.05, 0.95, 0.05, 0.5]), rng.uniform(0.1, 0.9, size=5))


def test_probabilities_of_exactly_zero_and_one_are_clipped_to_eps(learner, reference):
    y = np.array([1.0, 0.0, 1.0, 0.0, 0.3])
    p = np.array([0.0, 1.0, 1.0, 0.0, 1.0])
    expect(learner, reference, y, p, rtol=SATURATED_RTOL)


def test_a_sure_and_right_prediction_costs_almost_nothing(learner, reference):
    expect(learner, reference, np.array([1.0, 0.0]), np.array([1.0, 0.0]))  # about 1e-12


def test_tiny_probabilities_above_eps_are_used_as_they_are(learner, reference):
    y = np.array([1.0, 1.0, 0.0, 0.0, 1.0])
    p = np.array([1e-9, 3e-11, 1.0 - 1e-9, 1e-10, 0.4])
    expect(learner, reference, y, p)


def test_the_eps_argument_sets_the_clip(learner, reference):
    y = np.array([1.0, 0.0, 1.0, 0.0, 1.0])
    p = np.array([0.0, 1.0, 5e-4, 0.9995, 0.3])
    expect(learner, reference, y, p, eps=1e-3, rtol=SATURATED_RTOL)
    expect(learner, reference, y, p, 1e-5, rtol=SATURATED_RTOL)


def test_a_2d_batch_is_averaged_over_every_element(learner, reference, rng):
    expect(learner, reference, rng.uniform(0.0, 1.0, size=(3, 4)), rng.uniform(0.02, 0.98, size=(3, 4)))


def test_integer_labels_work(learner, reference, rng):
    expect(learner, reference, rng.integers(0, 2, size=6), rng.uniform(0.05, 0.95, size=6))


def test_float32_inputs_are_computed_in_float64(learner, reference, rng):
    y = np.array([1.0, 0.0, 0.0, 1.0, 0.7, 0.2], dtype=np.float32)
    p = np.concatenate([[1.0, 0.0], rng.uniform(0.05, 0.95, size=4)]).astype(np.float32)
    expect(learner, reference, y[2:], p[2:])  # no clip yet: float32 logs lose digits
    expect(learner, reference, y, p, rtol=SATURATED_RTOL)  # in float32, 1 - 1e-12 is 1


def test_the_loss_is_a_python_float(learner, reference, rng):
    expect(learner, reference, _hard_labels(rng, 5), rng.uniform(0.1, 0.9, size=5))


def test_inputs_are_not_modified(learner, rng):
    p = np.array([0.0, 1.0, 0.25, 0.5, 1.0 - 1e-15])
    assert_inputs_unchanged(learner, np.array([1.0, 0.0, 1.0, 0.5, 0.0]), p)  # clip makes a copy
