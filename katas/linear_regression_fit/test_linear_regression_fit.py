"""Hidden tests of the linear_regression_fit kata.

Any minimiser is right (a rank-deficient X has many), so an answer is judged by
the objective (1/n)‖y - Xw - b‖² + l2‖w‖² it reaches: within 1e-7 relative, plus
1e-10·mean(y²), of the minimum (the catalog's rule). Only when it falls short is
it compared with the reference's answer, to name the mistake model (mistakes.py)
that it matches; with no model matched, the report gives the two objectives.
"""

import numpy as np

from harness.checks import answer, assert_close, assert_inputs_unchanged, expect
from harness.diagnosis import Diagnosed, Diagnosis


def objective(X, y, l2, fitted):
    """(1/n)‖y - Xw - b‖² + l2‖w‖², computed in float64."""
    w, b = np.asarray(fitted[0], dtype=np.float64), float(fitted[1])
    residual = y.astype(np.float64) - X.astype(np.float64) @ w - b
    return float(np.mean(residual**2) + l2 * np.sum(w**2))


def assert_reaches_the_minimum(learner, reference, X, y, l2=0.0, rtol=1e-7, atol_share=1e-10):
    """Fail unless the learner's (w, b) has the right types and reaches the minimum objective."""
    fitted = answer(learner, X, y, l2)
    # Types, shapes and dtypes only (any values pass, but NaN and inf): w (d,), b a float.
    assert_close(fitted, reference(X, y, l2), what="your (w, b)", rtol=np.inf, atol=np.inf)
    minimum = objective(X, y, l2, reference(X.astype(np.float64), y.astype(np.float64), l2))
    reached = objective(X, y, l2, fitted)
    allowed = rtol * minimum + atol_share * float(np.mean(y.astype(np.float64) ** 2))
    if reached <= minimum + allowed:
        return
    contradicted = []
    try:
        expect(learner, reference, X, y, l2)
    except Diagnosed as found:
        if found.diagnosis.candidates:
            raise  # the answer matches a mistake model: name it
        contradicted = found.diagnosis.contradicted
    detail = (
        f"your (w, b) reaches the objective {reached:.10g}, above its minimum {minimum:.10g} by "
        f"{reached - minimum:.3g} (allowed: {allowed:.3g}); any minimiser is right, but this is not one"
    )
    raise Diagnosed(Diagnosis.of(detail, "value", [], contradicted))


def noisy_line(rng, n, d, offset=0.0):
    """X (n, d) and y from a linear model with intercept offset, plus noise."""
    X = rng.normal(size=(n, d))
    return X, X @ rng.normal(size=d) + offset + rng.normal(scale=0.5, size=n)


def test_two_points_are_joined_by_a_line(learner, reference):
    assert_reaches_the_minimum(learner, reference, np.array([[-1.0], [1.0]]), np.array([0.0, 4.0]))


def test_noisy_data_reach_the_least_squares_minimum(learner, reference, rng):
    assert_reaches_the_minimum(learner, reference, *noisy_line(rng, 20, 3))


def test_data_far_from_the_origin_need_the_intercept(learner, reference, rng):
    X, y = noisy_line(rng, 15, 2, offset=50.0)
    assert_reaches_the_minimum(learner, reference, X + 10.0, y)


def test_columns_far_from_the_origin_with_a_small_spread_are_fitted_to_full_precision(
    learner, reference, rng
):
    # Mean 1e4, spread 1: float32 rounds X by about 1e-3, and [X, 1]ᵀ[X, 1] has cond ~ 1e16.
    X, y = noisy_line(rng, 20, 2, offset=3.0)
    assert_reaches_the_minimum(learner, reference, X + 1e4, y)


def test_a_ridge_penalty_reaches_the_penalised_minimum(learner, reference, rng):
    assert_reaches_the_minimum(learner, reference, *noisy_line(rng, 30, 4), 0.1)


def test_the_intercept_is_not_penalised(learner, reference, rng):
    X, y = noisy_line(rng, 12, 2, offset=100.0)
    assert_reaches_the_minimum(learner, reference, X, y, 1.0)


def test_the_penalty_is_weighed_against_the_mean_loss_not_the_sum(learner, reference, rng):
    X, y = noisy_line(rng, 40, 3, offset=1.0)
    assert_reaches_the_minimum(learner, reference, X, y, 0.5)


def test_a_strong_penalty_shrinks_w_towards_zero(learner, reference, rng):
    X, y = noisy_line(rng, 10, 3, offset=-2.0)
    assert_reaches_the_minimum(learner, reference, X, y, 1000.0)


def test_a_duplicated_column_still_has_a_minimum(learner, reference, rng):
    X, y = noisy_line(rng, 10, 2, offset=1.0)
    assert_reaches_the_minimum(learner, reference, np.hstack([X, X[:, :1]]), y)


def test_a_constant_column_is_absorbed_by_the_intercept(learner, reference, rng):
    X, y = noisy_line(rng, 8, 2, offset=-3.0)
    assert_reaches_the_minimum(learner, reference, np.hstack([X, np.full((8, 1), 3.0)]), y)


def test_more_features_than_samples_are_fitted_exactly(learner, reference, rng):
    assert_reaches_the_minimum(learner, reference, *noisy_line(rng, 4, 7, offset=2.0))


def test_a_rank_deficient_x_with_a_penalty(learner, reference, rng):
    X, y = noisy_line(rng, 5, 3, offset=4.0)
    assert_reaches_the_minimum(learner, reference, np.hstack([X, 2.0 * X]), y, 0.05)


def test_a_single_sample_is_fitted_exactly(learner, reference):
    assert_reaches_the_minimum(learner, reference, np.array([[2.0, -1.0]]), np.array([5.0]))


def test_w_has_shape_d_and_b_is_a_python_float(learner, reference, rng):
    assert_reaches_the_minimum(learner, reference, *noisy_line(rng, 6, 5, offset=1.0), 0.2)


def test_float32_input_works(learner, reference, rng):
    X, y = noisy_line(rng, 25, 3, offset=1.0)
    X, y = X.astype(np.float32), y.astype(np.float32)
    assert_reaches_the_minimum(learner, reference, X, y, 0.1, rtol=1e-5, atol_share=1e-7)


def test_float64_input_gives_float64_weights(learner, reference, rng):
    assert_reaches_the_minimum(learner, reference, *noisy_line(rng, 9, 2, offset=0.5), 0.3)


def test_inputs_are_not_modified(learner, rng):
    assert_inputs_unchanged(
        learner, *noisy_line(rng, 8, 3, offset=5.0), 0.1
    )  # the values are other tests' job
