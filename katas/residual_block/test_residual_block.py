"""Hidden tests of the residual_block kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def _block(rng, n, d, h, dtype=np.float64):
    """A random block: x (n, d), W1 (d, h), b1 (h,), W2 (h, d), b2 (d,)."""
    x = rng.normal(size=(n, d))
    W1, b1 = rng.normal(size=(d, h)), rng.normal(size=h)
    W2, b2 = rng.normal(size=(h, d)) / np.sqrt(h), rng.normal(size=d)
    return tuple(array.astype(dtype) for array in (x, W1, b1, W2, b2))


def test_matches_the_formula_on_random_inputs(learner, reference, rng):
    expect(learner, reference, *_block(rng, 5, 3, 4))


def test_a_block_with_zero_weights_and_biases_is_relu_of_x(learner, reference, rng):
    x = rng.normal(size=(4, 3))
    expect(learner, reference, x, np.zeros((3, 5)), np.zeros(5), np.zeros((5, 3)), np.zeros(3))


def test_the_skip_is_added_before_the_last_relu(learner, reference):
    # F(x) = -2x for x > 0 (the inner ReLU passes x, W2 = -2): the sum F(x) + x = -x is negative,
    # so the block gives 0 where relu(F(x)) + x gives x; negative x gives F = 0 and relu(x) = 0.
    x = np.array([[1.0, 2.0], [-1.0, 0.5], [3.0, -4.0]])
    W1, b1 = np.eye(2), np.zeros(2)
    W2, b2 = -2.0 * np.eye(2), np.zeros(2)
    expect(learner, reference, x, W1, b1, W2, b2)


def test_negative_hidden_units_are_cut_by_the_inner_relu(learner, reference, rng):
    x = rng.uniform(0.5, 1.5, size=(4, 2))
    W1 = np.array([[1.0, -1.0, 0.5], [1.0, -1.0, -0.5]])  # the second hidden unit is always negative
    b1 = np.array([0.0, 0.0, -0.25])
    W2 = np.array([[0.5, -0.5], [3.0, 2.0], [1.0, 1.0]])
    b2 = np.array([0.1, 0.2])
    expect(learner, reference, x, W1, b1, W2, b2)


def test_the_output_is_never_negative(learner, reference, rng):
    out = expect(learner, reference, *_block(rng, 8, 4, 6))
    assert (out >= 0).all()  # expect compared every value; this states the rule


def test_a_wide_hidden_layer(learner, reference, rng):
    expect(learner, reference, *_block(rng, 3, 2, 7))


def test_a_bottleneck_narrower_than_the_input(learner, reference, rng):
    expect(learner, reference, *_block(rng, 4, 6, 2))


def test_square_weights_where_only_the_values_show_a_transpose(learner, reference, rng):
    expect(learner, reference, *_block(rng, 5, 4, 4))


def test_one_sample_with_one_feature_and_one_hidden_unit(learner, reference, rng):
    expect(
        learner,
        reference,
        np.array([[-0.5]]),
        np.array([[2.0]]),
        np.array([1.5]),
        np.array([[-1.0]]),
        np.array([3.0]),
    )
    expect(learner, reference, *_block(rng, 1, 3, 2))


def test_float32_inputs_work(learner, reference, rng):
    expect(learner, reference, *_block(rng, 6, 5, 3, dtype=np.float32))


def test_float64_inputs_give_a_float64_result(learner, reference, rng):
    x, W1, b1, W2, b2 = _block(rng, 4, 3, 5)
    expect(learner, reference, x * 1e-4, W1, b1 * 1e-4, W2, b2 * 1e-4)


def test_inputs_are_not_modified(learner, rng):
    assert_inputs_unchanged(learner, *_block(rng, 4, 3, 5))  # the values are other tests' job
