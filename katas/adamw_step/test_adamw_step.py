"""Hidden tests of the adamw_step kata.

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
    """(theta, grad, m, v) of a run under way: theta and grad away from 0, v > 0."""
    m = rng.uniform(-1.0, 1.0, size=shape) * scale
    v = rng.uniform(0.1, 2.0, size=shape) * scale**2
    return away_from_zero(rng, shape, 1.0, 3.0), away_from_zero(rng, shape) * scale, m, v


def test_first_step_from_zeros_decays_theta_then_moves_it_by_about_lr(learner, reference):
    zeros = np.zeros(4)
    theta = np.array([1.0, -2.0, 0.5, 3.0])
    grad = np.array([0.5, -4.0, 2.0, -1.5])
    expect(learner, reference, theta, grad, zeros, zeros, 1, lr=0.01, weight_decay=0.1)


def test_the_decay_shrinks_the_old_theta_before_the_adam_step(learner, reference, rng):
    """A large lr and decay: decaying the stepped theta is off by lr·λ times the Adam step."""
    expect(learner, reference, *mid_training(rng, 6), 3, lr=0.1, weight_decay=0.2)


def test_the_decay_never_enters_the_moments(learner, reference, rng):
    """Adam's L2 penalty adds λθ to the gradient, so it changes m and v; AdamW's decay does not."""
    theta, grad, m, v = mid_training(rng, 6)
    expect(learner, reference, 4.0 * theta, grad, m, v, 2, lr=0.01, weight_decay=0.5)


def test_a_zero_gradient_from_zero_moments_only_decays_theta(learner, reference):
    zeros = np.zeros((2, 2))
    expect(
        learner,
        reference,
        np.array([[0.3, -1.2], [2.0, 4.0]]),
        zeros,
        zeros,
        zeros,
        1,
        lr=0.05,
        weight_decay=0.1,
    )


def test_the_decay_is_scaled_by_the_learning_rate(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, 5), 6, lr=0.002, weight_decay=0.3)


def test_tiny_gradients_put_eps_outside_the_square_root(learner, reference, rng):
    theta = away_from_zero(rng, 6, 1.0, 3.0)
    grad = away_from_zero(rng, 6, 1e-10, 1e-7)
    zeros = np.zeros(6)
    expect(learner, reference, theta, grad, zeros, zeros, 1)


def test_tiny_gradients_in_the_middle_of_training(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, 6, scale=1e-9), 20, weight_decay=0.1)


def test_returned_m_and_v_are_the_raw_moments(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, 6), 2)


@pytest.mark.parametrize("t", [1, 5])
def test_the_bias_correction_uses_t_as_the_1_based_step_number(learner, reference, rng, t):
    expect(learner, reference, *mid_training(rng, 6), t, lr=0.01)


def test_several_steps_in_a_row_match(learner, reference, rng):
    """Steps 1 to 6 of one run, each from the state the reference reached before it."""
    state = (away_from_zero(rng, 5, 1.0, 3.0), np.zeros(5), np.zeros(5))
    for t in range(1, 7):
        grad = away_from_zero(rng, 5)
        expect(learner, reference, state[0], grad, state[1], state[2], t, lr=0.01, weight_decay=0.1)
        state = reference(state[0], grad, state[1], state[2], t, lr=0.01, weight_decay=0.1)


@pytest.mark.parametrize(
    "hyperparameter",
    [{"lr": 0.01}, {"beta1": 0.5}, {"beta2": 0.9}, {"eps": 0.1}, {"weight_decay": 0.3}],
    ids=lambda hyperparameter: next(iter(hyperparameter)),
)
def test_hyperparameters_passed_as_keywords_are_used(learner, reference, rng, hyperparameter):
    expect(learner, reference, *mid_training(rng, 6), 4, **hyperparameter)


def test_hyperparameters_passed_by_position_are_used(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, 6), 4, 0.01, 0.8, 0.99, 1e-8, 0.2)


def test_the_default_weight_decay_is_0_01(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, 6), 3, 0.05)


def test_zero_weight_decay_is_plain_adam(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, 6), 3, weight_decay=0.0)


def test_works_on_a_2d_weight_matrix(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, (4, 3)), 3)


def test_works_on_a_zero_dimensional_weight(learner, reference):
    """NumPy gives a 0-d array or a NumPy scalar, by the operations used: both are right."""
    theta, grad, m, v = np.array(0.7), np.array(-0.3), np.array(0.1), np.array(0.02)
    expect(learner, reference, theta, grad, m, v, 2, weight_decay=0.1)


def test_works_on_a_3d_kernel(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, (2, 3, 4)), 9)


def test_large_step_numbers_work(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, 7), 10_000)


def test_float32_input_works(learner, reference, rng):
    arrays = tuple(part.astype(np.float32) for part in mid_training(rng, (3, 4)))
    expect(learner, reference, *arrays, 3, lr=0.01, weight_decay=0.1)


def test_float64_input_gives_float64_results(learner, reference, rng):
    expect(learner, reference, *mid_training(rng, (3, 4)), 3)


def test_inputs_are_not_modified(learner, rng):
    theta, grad, m, v = mid_training(rng, (3, 2))
    assert_inputs_unchanged(learner, theta, grad, m, v, 3)  # the values are other tests' job
