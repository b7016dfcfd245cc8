"""Hidden tests of the momentum_step kata.

Each test only chooses inputs: ``expect`` compares the learner's (theta, velocity)
with the reference's and, when they differ, names the mistake model
(mistakes.py) that the answer matches, or says precisely what differs.
"""

import numpy as np
import pytest

from harness.checks import assert_inputs_unchanged, expect


def away_from_zero(rng, shape, low=0.5, high=2.0):
    """Random magnitudes in [low, high] with random signs."""
    return rng.choice([-1.0, 1.0], size=shape) * rng.uniform(low, high, size=shape)


def mid_training(rng, shape):
    """theta, grad and a velocity of a run under way, all away from 0."""
    return (
        away_from_zero(rng, shape, 1.0, 3.0),
        away_from_zero(rng, shape),
        away_from_zero(rng, shape, 1.0, 4.0),
    )


def test_first_step_from_zero_velocity_is_a_plain_gradient_step(learner, reference):
    theta = np.array([1.0, -2.0, 0.5, 3.0])
    grad = np.array([0.5, -4.0, 2.0, -1.5])
    expect(learner, reference, theta, grad, np.zeros(4), 0.1)


def test_the_velocity_adds_the_whole_gradient(learner, reference):
    """v = βv + grad: no (1 - β) factor on the gradient, no lr inside the velocity."""
    theta = np.array([0.5, -1.0, 2.0])
    grad = np.array([2.0, 1.0, -3.0])
    velocity = np.array([1.0, -2.0, 0.5])
    expect(learner, reference, theta, grad, velocity, 0.05)


def test_a_step_in_the_middle_of_training_matches_the_formula(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, 8), 0.1)


def test_theta_moves_with_the_new_velocity(learner, reference):
    """A gradient that reverses the velocity: the old velocity points the wrong way."""
    theta = np.array([1.0, 1.0])
    expect(learner, reference, theta, np.array([-5.0, 4.0]), np.array([2.0, -1.0]), 0.2)


def test_several_steps_in_a_row_match(learner, reference, rng):
    """Six steps of one run, each from the state the reference reached before it."""
    theta, velocity = away_from_zero(rng, 5, 1.0, 3.0), np.zeros(5)
    for _ in range(6):
        grad = away_from_zero(rng, 5)
        expect(learner, reference, theta, grad, velocity, 0.05)
        theta, velocity = reference(theta, grad, velocity, 0.05)


@pytest.mark.parametrize("beta", [0.5, 0.0, 0.99])
def test_beta_passed_as_a_keyword_is_used(learner, reference, rng, beta):
    expect(learner, reference, *mid_training(rng, 6), 0.1, beta=beta)


def test_beta_passed_by_position_is_used(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, 6), 0.03, 0.7)


def test_a_zero_gradient_keeps_moving_theta_by_the_velocity(learner, reference, rng):
    theta, _, velocity = mid_training(rng, 5)
    expect(learner, reference, theta, np.zeros(5), velocity, 0.1)


def test_works_on_a_2d_weight_matrix(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, (4, 3)), 0.1)


def test_works_on_a_zero_dimensional_weight(learner, reference):
    """NumPy gives a 0-d array or a NumPy scalar, by the operations used: both are right."""
    expect(learner, reference, np.array(0.7), np.array(-0.3), np.array(1.5), 0.1)


def test_works_on_a_3d_kernel(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, (2, 3, 4)), 0.01)


def test_float32_input_works(learner, reference, rng):
    arrays = tuple(part.astype(np.float32) for part in mid_training(rng, (3, 4)))
    expect(learner, reference, *arrays, 0.1)


def test_float64_input_gives_float64_results(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, (3, 4)), 0.1)


def test_inputs_are_not_modified(learner, rng):
    assert_inputs_unchanged(learner, *mid_training(rng, (3, 2)), 0.1)  # the values are other tests' job
