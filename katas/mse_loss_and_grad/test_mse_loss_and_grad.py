"""Hidden tests of the mse_loss_and_grad kata.

Each test only chooses inputs: ``expect`` compares the learner's (loss, dw, db)
with the reference's and, when they differ, names the mistake model
(mistakes.py) that the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def _problem(rng, n, d, b=0.7):
    """X (n, d), targets y of a noisy linear model, and weights w that do not fit them yet."""
    X = rng.normal(size=(n, d))
    y = X @ rng.normal(size=d) + 1.5 + rng.normal(scale=0.3, size=n)
    return X, y, rng.normal(size=d), b


def test_one_sample_by_hand(learner, reference):
    # r = 3 - (0·1 + 0·2 + 0) = 3: loss 9, dw = -2·3·[1, 2], db = -2·3
    expect(learner, reference, np.array([[1.0, 2.0]]), np.array([3.0]), np.zeros(2), 0.0)


def test_a_perfect_fit_has_zero_loss_and_zero_gradients(learner, reference):
    X = np.array([[1.0, 2.0], [3.0, -1.0], [0.0, 4.0]])
    w = np.array([0.5, -2.0])
    expect(learner, reference, X, X @ w + 3.0, w, 3.0)


def test_matches_the_formulas_on_random_data(learner, reference, rng):
    expect(learner, reference, *_problem(rng, 8, 3))


def test_the_intercept_enters_the_residual_of_both_gradients(learner, reference, rng):
    X, y, w, _ = _problem(rng, 6, 2)
    expect(learner, reference, X, y, w, -4.0)


def test_gradients_are_means_over_the_samples(learner, reference, rng):
    expect(learner, reference, *_problem(rng, 50, 4, b=0.0))


def test_more_features_than_samples(learner, reference, rng):
    expect(learner, reference, *_problem(rng, 3, 7))


def test_a_single_feature(learner, reference, rng):
    expect(learner, reference, *_problem(rng, 9, 1, b=-1.0))


def test_the_loss_and_db_are_python_floats_and_dw_has_shape_d(learner, reference, rng):
    expect(learner, reference, *_problem(rng, 5, 4))


def test_float32_input_works(learner, reference, rng):
    X, y, w, b = _problem(rng, 12, 3)
    f32 = np.float32
    expect(learner, reference, X.astype(f32), y.astype(f32), w.astype(f32), b, rtol=1e-4, atol=1e-5)


def test_float64_input_gives_float64_gradients(learner, reference, rng):
    expect(learner, reference, *_problem(rng, 7, 5, b=2.5))


def test_inputs_are_not_modified(learner, rng):
    assert_inputs_unchanged(learner, *_problem(rng, 6, 3))  # the values are other tests' job
