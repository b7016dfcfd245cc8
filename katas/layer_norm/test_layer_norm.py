"""Hidden tests of the layer_norm kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def _affine(rng, d):
    """A random gamma (away from 0 and 1) and beta, so that swapping them shows."""
    return rng.uniform(0.5, 2.0, size=d) * rng.choice([-1.0, 1.0], size=d), rng.normal(size=d)


def test_each_row_is_normalised_over_its_features_then_scaled_and_shifted(learner, reference, rng):
    gamma, beta = _affine(rng, 6)
    expect(learner, reference, rng.normal(loc=2.0, scale=3.0, size=(4, 6)), gamma, beta)


def test_the_variance_is_the_biased_one_divided_by_d(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(5, 3)), np.ones(3), np.zeros(3))


def test_eps_goes_inside_the_square_root_for_rows_with_a_tiny_spread(learner, reference, rng):
    gamma, beta = _affine(rng, 8)
    expect(learner, reference, rng.normal(scale=1e-3, size=(3, 8)), gamma, beta)


def test_the_eps_argument_is_used(learner, reference, rng):
    gamma, beta = _affine(rng, 5)
    expect(learner, reference, rng.normal(size=(4, 5)), gamma, beta, eps=0.5)
    expect(learner, reference, rng.normal(size=(4, 5)), gamma, beta, 1e-3)  # eps by position


def test_a_row_of_equal_values_gives_beta(learner, reference, rng):
    gamma, beta = _affine(rng, 4)
    x = np.array([[3.0, 3.0, 3.0, 3.0], [1.0, -2.0, 0.5, 4.0], [-7.5, -7.5, -7.5, -7.5]])
    expect(learner, reference, x, gamma, beta)


def test_rows_sharing_a_large_offset_of_1e6_are_exact(learner, reference, rng):
    gamma, beta = _affine(rng, 16)
    x = 1e6 + rng.normal(size=(8, 16))
    expect(learner, reference, x, gamma, beta, rtol=1e-7, atol=1e-7)  # E[x²] - E[x]² is off by ~1e-4


def test_a_square_batch_is_normalised_along_rows_not_columns(learner, reference, rng):
    gamma, beta = _affine(rng, 5)
    x = rng.normal(size=(5, 5)) * np.array([[0.5], [1.0], [2.0], [4.0], [8.0]]) + np.arange(5.0)[:, None]
    expect(learner, reference, x, gamma, beta)


def test_a_batch_of_token_sequences_normalises_each_token(learner, reference, rng):
    gamma, beta = _affine(rng, 8)
    expect(learner, reference, rng.normal(loc=1.0, scale=2.0, size=(2, 6, 8)), gamma, beta)


def test_a_single_vector_of_features_is_normalised(learner, reference, rng):
    gamma, beta = _affine(rng, 7)
    expect(learner, reference, rng.normal(loc=-3.0, scale=0.5, size=7), gamma, beta)


def test_a_single_feature_gives_beta(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(4, 1)), np.array([2.5]), np.array([-0.75]))


def test_an_empty_batch_gives_an_empty_result(learner, reference):
    expect(learner, reference, np.zeros((0, 4)), np.ones(4), np.zeros(4))


def test_float32_input_works(learner, reference, rng):
    gamma, beta = _affine(rng, 6)
    x = rng.normal(scale=0.05, size=(3, 6)).astype(np.float32)  # eps still counts at float32 precision
    expect(learner, reference, x, gamma.astype(np.float32), beta.astype(np.float32))


def test_float64_input_gives_a_float64_result(learner, reference, rng):
    gamma, beta = _affine(rng, 10)
    expect(learner, reference, rng.normal(size=(3, 10)), gamma, beta)


def test_the_inputs_are_not_modified(learner, rng):
    gamma, beta = _affine(rng, 4)
    assert_inputs_unchanged(learner, rng.normal(size=(3, 4)), gamma, beta)  # the values are other tests' job
