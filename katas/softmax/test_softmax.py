"""Hidden tests of the softmax kata."""

import numpy as np

from harness.checks import assert_close, assert_inputs_unchanged, assert_probabilities

OVERFLOW = "exp of a large logit overflows: subtract each slice's max before exp"
UNDERFLOW = (
    "exp(-1000) underflows to 0 and 0/0 is NaN: subtract each slice's own max "
    "(with keepdims=True), not one max of the whole array"
)
PER_SLICE = (
    "each slice along axis must be normalised on its own: take the max and the sum "
    "along axis with keepdims=True, not over the whole array"
)


def test_two_equal_logits_give_one_half_each(learner, reference):
    x = np.array([3.0, 3.0])
    assert_close(learner(x), reference(x))


def test_matches_the_formula_on_random_logits(learner, reference, rng):
    x = rng.normal(size=7)
    assert_close(learner(x), reference(x))


def test_a_single_logit_gets_probability_one(learner, reference):
    x = np.array([[-2.5]])
    assert_close(learner(x), reference(x))


def test_each_row_of_a_batch_sums_to_one(learner, reference, rng):
    x = np.stack([rng.normal(size=5), rng.normal(size=5) - 30.0, rng.normal(size=5) + 4.0])
    result = learner(x)
    assert_close(result, reference(x), trap=PER_SLICE)
    assert_probabilities(result, axis=-1)


def test_rows_far_below_the_largest_logit_do_not_become_nan(learner, reference):
    x = np.array([[0.0, 1.0, 2.0], [-1000.0, -1001.0, -1002.0]])
    assert_close(learner(x), reference(x), trap=UNDERFLOW)


def test_works_on_a_batch_of_matrices(learner, reference, rng):
    x = rng.normal(scale=3.0, size=(2, 3, 4))
    assert_close(learner(x), reference(x), trap=PER_SLICE)


def test_square_matrix_rows_are_normalised_along_the_last_axis(learner, reference, rng):
    x = rng.normal(scale=4.0, size=(4, 4))
    assert_close(
        learner(x), reference(x), trap="x.max(axis=-1) without keepdims=True broadcasts along the wrong axis"
    )


def test_axis_zero_normalises_columns(learner, reference, rng):
    x = rng.normal(scale=2.0, size=(3, 5))
    assert_close(learner(x, axis=0), reference(x, axis=0), trap="use the axis argument")


def test_a_middle_axis_of_a_3d_array(learner, reference, rng):
    x = rng.normal(scale=2.0, size=(2, 4, 3))
    assert_close(learner(x, axis=1), reference(x, axis=1), trap="use the axis argument")


def test_large_logits_do_not_overflow(learner, reference):
    x = np.array([[1e4, 0.0, -1e4], [500.0, 1000.0, 999.0]])
    assert_close(learner(x), reference(x), trap=OVERFLOW)


def test_minus_infinity_gets_probability_zero(learner, reference):
    x = np.array([[0.0, -np.inf, 1.0], [-np.inf, 2.0, 2.0]])
    assert_close(
        learner(x), reference(x), trap="an entry of -inf must give exactly 0 (exp(-inf) = 0), never NaN"
    )


def test_minus_infinity_beside_very_negative_logits_gets_probability_zero(learner, reference):
    x = np.array([[-2e4, -np.inf], [-np.inf, -1e5], [-3e5, -np.inf]])
    assert_close(
        learner(x),
        reference(x),
        trap="-inf must stay -inf: replacing it with a finite number such as -1e4 gives it "
        "weight when the other logits are lower still",
    )


def test_float32_input_works(learner, reference, rng):
    x = rng.normal(scale=10.0, size=(3, 6)).astype(np.float32)
    assert_close(learner(x), reference(x))


def test_float64_input_gives_a_float64_result(learner, reference, rng):
    x = rng.normal(size=(2, 5)) * 1e-3
    assert_close(learner(x), reference(x), trap="do not compute in float32")


def test_input_is_not_modified(learner, rng):
    x = rng.normal(size=(3, 4))
    assert_inputs_unchanged(learner, x)  # the values are other tests' job
