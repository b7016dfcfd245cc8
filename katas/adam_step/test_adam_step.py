"""Hidden tests of the adam_step kata."""

import numpy as np
import pytest

from harness.checks import assert_close, assert_inputs_unchanged

NAMES = ("theta", "m", "v")

RETURNS = (
    "return the tuple (theta, m, v): the new parameters and the two moments, "
    "each a new array of theta's shape"
)
FIRST_STEP = (
    "on step t=1 from zero moments the bias correction is full: m̂ = m/(1-β₁ᵗ) = g "
    "and v̂ = v/(1-β₂ᵗ) = g², so each weight moves by about lr against its gradient; "
    "correct both moments and use t itself (it is 1-based), not t-1 or t+1"
)
BIAS_CORRECTION = (
    "divide m by (1-β₁ᵗ) and v by (1-β₂ᵗ) with the t you are given (1-based), after updating the moments"
)
RAW_MOMENTS = (
    "return the raw moments m and v (they are fed back in at the next step), not the bias-corrected m̂ and v̂"
)
SQUARED = "v is the moving average of the squared gradient g², not of |g|"
EPS_OUTSIDE = (
    "with gradients near 1e-8 the place of ε decides the step: ε goes outside the "
    "square root, divide by (√v̂ + ε), not by √(v̂ + ε) as the cheat sheet writes"
)
ZERO_STATE = (
    "with a zero gradient and zero moments, m̂ = v̂ = 0 and the step is 0/(0 + ε) = 0: "
    "keep ε in the denominator so it never becomes 0/0"
)
MOMENTUM = "a zero gradient still moves theta: m keeps the momentum of earlier steps, and v decays by β₂"
SEQUENCE = "feed each step's returned m and v into the next step, and bias-correct with that step's t"
ELEMENTWISE = "Adam works entry by entry: apply the same formulas to every element, whatever theta's shape"
POSITIONAL = "the hyperparameters come after t in the order lr, beta1, beta2, eps"
ZERO_D = (
    "a 0-d theta (one number as an array of shape ()) must come back with shape (): do not "
    "reshape, ravel or np.atleast_1d the inputs"
)
FLOAT64 = "do not compute in float32"


def check_step(actual, expected, trap=None, only=NAMES):
    """Compare the (theta, m, v) tuple part by part, naming each part.

    A wrong structure, shape or dtype gets its own message; trap is for wrong values.
    """
    if not isinstance(actual, (tuple, list)) or len(actual) != 3:
        assert_close(actual, expected, trap=RETURNS)
    for name, part, due in zip(NAMES, actual, expected):
        if name not in only:
            continue
        what = f"your {name}"
        if not isinstance(part, np.ndarray) or part.shape != due.shape:
            assert_close(part, due, trap=RETURNS, what=what)
        if due.dtype == np.float64 and part.dtype != np.float64:
            assert_close(part, due, dtype_trap=FLOAT64, what=what)
        assert_close(part, due, trap=trap, what=what)


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
    theta = np.array([1.0, -2.0, 0.5, 3.0])
    grad = np.array([0.5, -4.0, 2.0, -1.5])
    zeros = np.zeros(4)
    check_step(
        learner(theta, grad, zeros, zeros, 1),
        reference(theta, grad, zeros, zeros, 1),
        trap=FIRST_STEP,
        only=("theta",),
    )


def test_returned_m_and_v_are_the_raw_moments(learner, reference, rng):
    theta, grad, m, v = mid_training(rng, 6)
    check_step(
        learner(theta, grad, m, v, 2), reference(theta, grad, m, v, 2), trap=RAW_MOMENTS, only=("m", "v")
    )


def test_v_averages_the_squared_gradient(learner, reference):
    theta = np.zeros(4)
    grad = np.array([3.0, -0.2, 5.0, -0.5])
    m = np.array([1.0, -0.1, 2.0, 0.0])
    v = np.array([4.0, 0.05, 20.0, 0.3])
    check_step(learner(theta, grad, m, v, 5), reference(theta, grad, m, v, 5), trap=SQUARED, only=("v",))


def test_a_step_in_the_middle_of_training_matches_the_formula(learner, reference, rng):
    theta, grad, m, v = mid_training(rng, 8)
    check_step(learner(theta, grad, m, v, 3), reference(theta, grad, m, v, 3), trap=BIAS_CORRECTION)


def test_several_steps_in_a_row_match(learner, reference, rng):
    theta = away_from_zero(rng, 5, 1.0, 3.0)
    mine = due = (theta, np.zeros(5), np.zeros(5))
    for t in range(1, 7):
        grad = away_from_zero(rng, 5)
        mine = learner(mine[0], grad, mine[1], mine[2], t)
        due = reference(due[0], grad, due[1], due[2], t)
        check_step(mine, due, trap=f"{SEQUENCE} (first wrong at t={t})")


@pytest.mark.parametrize(
    "hyperparameter",
    [{"lr": 0.01}, {"beta1": 0.5}, {"beta2": 0.9}, {"eps": 0.1}],
    ids=lambda hyperparameter: next(iter(hyperparameter)),
)
def test_hyperparameters_passed_as_keywords_are_used(learner, reference, rng, hyperparameter):
    theta, grad, m, v = mid_training(rng, 6)
    name = next(iter(hyperparameter))
    check_step(
        learner(theta, grad, m, v, 4, **hyperparameter),
        reference(theta, grad, m, v, 4, **hyperparameter),
        trap=f"use the {name} argument, not a fixed default value"
        + (" (and add it outside the square root)" if name == "eps" else ""),
    )


def test_hyperparameters_passed_by_position_are_used(learner, reference, rng):
    theta, grad, m, v = mid_training(rng, 6)
    arguments = (theta, grad, m, v, 4, 0.01, 0.8, 0.99, 1e-8)
    check_step(learner(*arguments), reference(*arguments), trap=POSITIONAL)


def test_tiny_gradients_put_eps_outside_the_square_root(learner, reference, rng):
    theta = away_from_zero(rng, 6, 1.0, 3.0)
    grad = away_from_zero(rng, 6, 1e-10, 1e-7)
    zeros = np.zeros(6)
    check_step(
        learner(theta, grad, zeros, zeros, 1),
        reference(theta, grad, zeros, zeros, 1),
        trap=EPS_OUTSIDE,
        only=("theta",),
    )


def test_tiny_gradients_in_the_middle_of_training(learner, reference, rng):
    theta, grad, m, v = mid_training(rng, 6, scale=1e-9)
    check_step(learner(theta, grad, m, v, 20), reference(theta, grad, m, v, 20), trap=EPS_OUTSIDE)


def test_a_zero_gradient_from_zero_moments_leaves_theta_unchanged(learner, reference):
    theta = np.array([[0.3, -1.2], [2.0, 0.0]])
    zeros = np.zeros((2, 2))
    check_step(
        learner(theta, zeros, zeros, zeros, 1), reference(theta, zeros, zeros, zeros, 1), trap=ZERO_STATE
    )


def test_a_zero_gradient_keeps_moving_theta_by_momentum(learner, reference, rng):
    theta, _, m, v = mid_training(rng, 5)
    grad = np.zeros(5)
    check_step(learner(theta, grad, m, v, 6), reference(theta, grad, m, v, 6), trap=MOMENTUM)


def test_works_on_a_2d_weight_matrix(learner, reference, rng):
    theta, grad, m, v = mid_training(rng, (4, 3))
    check_step(learner(theta, grad, m, v, 3), reference(theta, grad, m, v, 3), trap=ELEMENTWISE)


def test_works_on_a_single_weight(learner, reference):
    theta, grad, m, v = np.array([0.7]), np.array([-0.3]), np.array([0.1]), np.array([0.02])
    check_step(learner(theta, grad, m, v, 2), reference(theta, grad, m, v, 2), trap=ELEMENTWISE)


def test_works_on_a_zero_dimensional_weight(learner, reference):
    theta, grad, m, v = np.array(0.7), np.array(-0.3), np.array(0.1), np.array(0.02)
    actual, expected = learner(theta, grad, m, v, 2), reference(theta, grad, m, v, 2)
    if isinstance(actual, (tuple, list)) and len(actual) == 3:
        actual = [np.asarray(part) if np.ndim(part) == 0 else part for part in actual]
    check_step(actual, [np.asarray(part) for part in expected], trap=ZERO_D)


def test_works_on_a_3d_kernel(learner, reference, rng):
    theta, grad, m, v = mid_training(rng, (2, 3, 4))
    check_step(learner(theta, grad, m, v, 9), reference(theta, grad, m, v, 9), trap=ELEMENTWISE)


def test_returns_three_arrays_of_the_shape_of_theta(learner, reference, rng):
    theta, grad, m, v = mid_training(rng, (5, 2))
    check_step(learner(theta, grad, m, v, 2), reference(theta, grad, m, v, 2))


def test_large_step_numbers_work(learner, reference, rng):
    theta, grad, m, v = mid_training(rng, 7)
    check_step(learner(theta, grad, m, v, 10_000), reference(theta, grad, m, v, 10_000))


def test_float32_input_works(learner, reference, rng):
    arrays = tuple(part.astype(np.float32) for part in mid_training(rng, (3, 4)))
    check_step(learner(*arrays, 3), reference(*arrays, 3))


def test_float64_input_gives_float64_results(learner, reference, rng):
    theta, grad, m, v = mid_training(rng, (3, 4))
    check_step(learner(theta, grad, m, v, 3), reference(theta, grad, m, v, 3))


def test_inputs_are_not_modified(learner, rng):
    theta, grad, m, v = mid_training(rng, (3, 2))
    assert_inputs_unchanged(learner, theta, grad, m, v, 3)  # the values are other tests' job
