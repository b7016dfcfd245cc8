"""Hidden tests of the sgd_step kata.

Each test only chooses inputs: ``expect`` compares the learner's theta with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def away_from_zero(rng, shape, low=0.5, high=2.0):
    """Random magnitudes in [low, high] with random signs."""
    return rng.choice([-1.0, 1.0], size=shape) * rng.uniform(low, high, size=shape)


def test_a_step_without_weight_decay_moves_against_the_gradient(learner, reference, rng):
    expect(learner, reference, away_from_zero(rng, 6, 1.0, 3.0), away_from_zero(rng, 6), 0.1)


def test_weight_decay_adds_lambda_times_theta_to_the_gradient(learner, reference, rng):
    theta, grad = away_from_zero(rng, 6, 1.0, 3.0), away_from_zero(rng, 6)
    expect(learner, reference, theta, grad, 0.1, weight_decay=0.05)


def test_weight_decay_uses_theta_from_before_the_step(learner, reference):
    """A large step along a large gradient: decaying the stepped theta is off by lr²·λ·grad."""
    theta = np.array([2.0, -1.0, 0.5, 3.0])
    grad = np.array([4.0, -3.0, 5.0, -2.0])
    expect(learner, reference, theta, grad, 0.3, weight_decay=0.2)


def test_a_zero_gradient_still_shrinks_the_weights_by_lr_times_lambda(learner, reference):
    expect(learner, reference, np.array([[1.5, -2.0], [0.25, 4.0]]), np.zeros((2, 2)), 0.2, weight_decay=0.1)


def test_weight_decay_passed_by_position_is_used(learner, reference, rng):
    expect(learner, reference, away_from_zero(rng, 5, 1.0, 3.0), away_from_zero(rng, 5), 0.05, 0.3)


def test_the_learning_rate_given_is_used(learner, reference, rng):
    theta = away_from_zero(rng, 5, 1.0, 3.0)
    grad = away_from_zero(rng, 5)
    expect(learner, reference, theta, grad, 0.007, weight_decay=0.02)
    expect(learner, reference, theta, grad, 0.8, weight_decay=0.02)


def test_works_on_a_2d_weight_matrix(learner, reference, rng):
    expect(learner, reference, away_from_zero(rng, (4, 3), 1.0, 3.0), rng.normal(size=(4, 3)), 0.1, 0.01)


def test_works_on_a_zero_dimensional_weight(learner, reference):
    """NumPy gives a 0-d array or a NumPy scalar, by the operations used: both are right."""
    expect(learner, reference, np.array(0.7), np.array(-0.3), 0.1, 0.2)


def test_works_on_a_3d_kernel(learner, reference, rng):
    theta, grad = away_from_zero(rng, (2, 3, 4), 1.0, 3.0), rng.normal(size=(2, 3, 4))
    expect(learner, reference, theta, grad, 0.1, 0.05)


def test_float32_input_works(learner, reference, rng):
    theta = away_from_zero(rng, (3, 4), 1.0, 3.0).astype(np.float32)
    expect(learner, reference, theta, away_from_zero(rng, (3, 4)).astype(np.float32), 0.1, 0.05)


def test_float64_input_gives_float64_results(learner, reference, rng):
    expect(learner, reference, away_from_zero(rng, (3, 4), 1.0, 3.0), away_from_zero(rng, (3, 4)), 0.1, 0.05)


def test_inputs_are_not_modified(learner, rng):
    theta, grad = away_from_zero(rng, (3, 2), 1.0, 3.0), away_from_zero(rng, (3, 2))
    assert_inputs_unchanged(learner, theta, grad, 0.1, 0.05)  # the values are other tests' job
