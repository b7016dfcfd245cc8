"""Hidden tests of the logistic_regression_step kata.

Each test only chooses inputs: ``expect`` compares the learner's (w, b) with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def _data(rng, n, d, scale=1.0):
    """Features of one scale and 0/1 labels with both classes."""
    X = rng.normal(scale=scale, size=(n, d))
    y = np.resize([1.0, 0.0], n)
    rng.shuffle(y)
    return X, y


def test_one_step_from_zero_weights_matches_the_formula(learner, reference, rng):
    X, y = _data(rng, 6, 3)
    expect(learner, reference, X, y, np.zeros(3), 0.0, 0.5)


def test_a_step_from_trained_weights_matches_the_formula(learner, reference, rng):
    X, y = _data(rng, 8, 4)
    expect(learner, reference, X, y, rng.normal(size=4), 0.7, 0.3)


def test_the_gradient_is_the_mean_over_the_examples(learner, reference, rng):
    X, y = _data(rng, 20, 2)
    expect(learner, reference, X, y, np.array([0.5, -1.0]), -0.2, 0.1)


def test_l2_adds_twice_l2_times_w_to_the_weight_gradient(learner, reference, rng):
    X, y = _data(rng, 7, 3)
    expect(learner, reference, X, y, np.array([1.5, -2.0, 0.5]), 0.0, 0.2, l2=0.3)


def test_the_intercept_is_not_penalised(learner, reference, rng):
    X, y = _data(rng, 7, 3)
    expect(learner, reference, X, y, np.zeros(3), 2.0, 0.2, l2=0.5)


def test_l2_passed_by_position_is_used(learner, reference, rng):
    X, y = _data(rng, 5, 2)
    expect(learner, reference, X, y, np.array([0.8, -0.4]), 0.0, 0.1, 0.05)


def test_both_gradients_are_taken_at_the_old_weights(learner, reference, rng):
    X, y = _data(rng, 6, 3)
    expect(learner, reference, X, y, rng.normal(size=3), -0.5, 1.0, l2=0.1)


def test_logits_of_a_thousand_give_a_finite_step(learner, reference, rng):
    X, y = _data(rng, 8, 2, scale=400.0)  # |Xw| up to a thousand and more, of both signs
    expect(learner, reference, X, y, np.array([1.5, -1.0]), 3.0, 0.01)


def test_logits_of_minus_a_thousand_give_the_step_without_an_overflow_warning(learner, reference):
    # 1/(1 + exp(-z)) gets the values right, but exp(1000) overflows and NumPy warns.
    X = np.array([[1000.0], [-1000.0], [2.0], [-3.0]])
    expect(learner, reference, X, np.array([1.0, 0.0, 0.0, 1.0]), np.array([1.0]), 0.0, 0.1, no_warnings=True)


def test_a_single_example_with_a_single_feature(learner, reference):
    expect(learner, reference, np.array([[2.0]]), np.array([1.0]), np.array([-0.5]), 0.25, 0.5)


def test_integer_labels_work(learner, reference, rng):
    X, y = _data(rng, 6, 2)
    expect(learner, reference, X, y.astype(np.int64), np.array([0.3, 0.1]), 0.1, 0.5)


def test_returns_w_of_shape_d_and_b_as_a_float(learner, reference, rng):
    X, y = _data(rng, 5, 4)
    expect(learner, reference, X, y, rng.normal(size=4), 1.0, 0.05, l2=0.01)


def test_float32_inputs_work(learner, reference, kata, rng):
    X, y = _data(rng, 6, 3)
    w = rng.normal(size=3).astype(np.float32)
    tolerance = kata.tolerance  # b is a float, compared in float64 unless told: name float32's
    expect(
        learner,
        reference,
        X.astype(np.float32),
        y.astype(np.float32),
        w,
        0.5,
        0.1,
        l2=0.01,
        rtol=tolerance.rtol_float32,
        atol=tolerance.atol_float32,
    )


def test_float64_inputs_give_float64_weights(learner, reference, rng):
    X, y = _data(rng, 9, 3)
    expect(learner, reference, X, y, rng.normal(scale=1e-3, size=3), 1e-3, 0.01)


def test_inputs_are_not_modified(learner, rng):
    X, y = _data(rng, 5, 3)
    assert_inputs_unchanged(
        learner, X, y, rng.normal(size=3), 0.5, 0.1, 0.01
    )  # the values are other tests' job
