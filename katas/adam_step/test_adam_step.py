"""Hidden tests of the adam_step kata.

Each test only chooses inputs: ``expect`` compares the learner's (theta, m, v)
with the reference's and, when they differ, names the mistake model
(mistakes.py) that the answer matches, or says precisely what differs.
"""

import numpy as np
import pytest

from harness.checks import assert_inputs_unchanged, expect


def away_from_zero(rng, shape, low=0.5, high=2.0):
    """Random magnitudes in [low, high] with random signs."""
    return rng.choice([-1.0, 1.0], size=shape) * rng.uniform(low, high, size=shape)


def mid_training(rng, shape, scale=1.0):
    """theta, grad and moments m, v of a run that is under way.

    theta and grad stay away from 0, so that rounding and the place of eps only
    matter in the tests that are about them.
    """
    theta = away_from_zero(rng, shape, 1.0, 3.0)
    grad = away_from_zero(rng, shape) * scale
    m = rng.normal(scale=0.5 * scale, size=shape)
    v = rng.uniform(0.2, 2.0, size=shape) * scale**2
    return theta, grad, m, v


def test_first_step_from_zeros_moves_each_weight_by_about_lr(learner, reference):
    zeros = np.zeros(4)
    expect(
        learner, reference, np.array([1.0, -2.0, 0.5, 3.0]), np.array([0.5, -4.0, 2.0, -1.5]), zeros, zeros, 1
    )


def test_tiny_gradients_put_eps_outside_the_square_root(learner, reference, rng):
    theta = away_from_zero(rng, 6, 1.0, 3.0)
    grad = away_from_zero(rng, 6, 1e-10, 1e-7)
    zeros = np.zeros(6)
    expect(learner, reference, theta, grad, zeros, zeros, 1)


def test_tiny_gradients_in_the_middle_of_training(learner, reference, rng):
    theta, grad, m, v = mid_training(rng, 6, scale=1e-9)
    expect(learner, reference, theta, grad, m, v, 20)


def test_returned_m_and_v_are_the_raw_moments(learner, reference, rng):
    theta, grad, m, v = mid_training(rng, 6)
    expect(learner, reference, theta, grad, m, v, 2)


def test_v_averages_the_squared_gradient(learner, reference):
    theta = np.zeros(4)
    grad = np.array([3.0, -0.2, 5.0, -0.5])
    m = np.array([1.0, -0.1, 2.0, 0.0])
    v = np.array([4.0, 0.05, 20.0, 0.3])
    expect(learner, reference, theta, grad, m, v, 5)


def test_a_step_in_the_middle_of_training_matches_the_formula(learner, reference, rng):
    theta, grad, m, v = mid_training(rng, 8)
    expect(learner, reference, theta, grad, m, v, 3)


def test_several_steps_in_a_row_match(learner, reference, rng):
    """Steps 1 to 6 of one run, each from the state the reference reached before it."""
    state = (away_from_zero(rng, 5, 1.0, 3.0), np.zeros(5), np.zeros(5))
    for t in range(1, 7):
        grad = away_from_zero(rng, 5)
        expect(learner, reference, state[0], grad, state[1], state[2], t)
        state = reference(state[0], grad, state[1], state[2], t)


@pytest.mark.parametrize(
    "hyperparameter",
    [{"lr": 0.01}, {"beta1": 0.5}, {"beta2": 0.9}, {"eps": 0.1}],
    ids=lambda hyperparameter: next(iter(hyperparameter)),
)
def test_hyperparameters_passed_as_keywords_are_used(learner, reference, rng, hyperparameter):
    theta, grad, m, v = mid_training(rng, 6)
    expect(learner, reference, theta, grad, m, v, 4, **hyperparameter)


def test_hyperparameters_passed_by_position_are_used(learner, reference, rng):
    theta, grad, m, v = mid_training(rng, 6)
    expect(learner, reference, theta, grad, m, v, 4, 0.01, 0.8, 0.99, 1e-8)


def test_a_zero_gradient_from_zero_moments_leaves_theta_unchanged(learner, reference):
    zeros = np.zeros((2, 2))
    expect(learner, reference, np.array([[0.3, -1.2], [2.0, 0.0]]), zeros, zeros, zeros, 1)


def test_a_zero_gradient_keeps_moving_theta_by_momentum(learner, reference, rng):
    theta, _, m, v = mid_training(rng, 5)
    expect(learner, reference, theta, np.zeros(5), m, v, 6)


def test_works_on_a_2d_weight_matrix(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, (4, 3)), 3)


def test_works_on_a_single_weight(learner, reference):
    expect(learner, reference, np.array([0.7]), np.array([-0.3]), np.array([0.1]), np.array([0.02]), 2)


def test_works_on_a_zero_dimensional_weight(learner, reference):
    """NumPy gives a 0-d array or a NumPy scalar, by the operations used: both are right."""
    theta, grad, m, v = np.array(0.7), np.array(-0.3), np.array(0.1), np.array(0.02)
    expect(learner, reference, theta, grad, m, v, 2)


def test_works_on_a_3d_kernel(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, (2, 3, 4)), 9)


def test_returns_three_arrays_of_the_shape_of_theta(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, (5, 2)), 2)


def test_large_step_numbers_work(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, 7), 10_000)


def test_float32_input_works(learner, reference, rng):
    arrays = tuple(part.astype(np.float32) for part in mid_training(rng, (3, 4)))
    expect(learner, reference, *arrays, 3)


def test_float64_input_gives_float64_results(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, (3, 4)), 3)


def test_inputs_are_not_modified(learner, rng):
    theta, grad, m, v = mid_training(rng, (3, 2))
    assert_inputs_unchanged(learner, theta, grad, m, v, 3)  # the values are other tests' job
