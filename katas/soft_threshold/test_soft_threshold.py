"""Hidden tests of the soft_threshold kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def test_weights_within_lam_of_zero_become_exactly_zero(learner, reference):
    expect(learner, reference, np.array([-0.9, -0.3, 0.2, 0.99, -0.01]), 1.0)


def test_large_weights_move_lam_toward_zero_from_either_side(learner, reference):
    expect(learner, reference, np.array([-3.0, -1.5, 1.5, 3.0]), 0.5)


def test_matches_the_formula_on_random_weights(learner, reference, rng):
    expect(learner, reference, rng.normal(size=10), 0.4)


def test_weights_that_are_already_zero_stay_zero(learner, reference):
    expect(learner, reference, np.array([0.0, 1.5, 0.0, -2.0, 0.0, 0.25]), 0.5)


def test_a_weight_exactly_at_plus_or_minus_lam_becomes_zero(learner, reference):
    expect(learner, reference, np.array([0.5, -0.5, 0.75, -0.75]), 0.5)


def test_works_on_a_batch_of_weight_matrices(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(2, 3, 4)), 0.3)


def test_lam_zero_leaves_sparse_weights_as_they_are(learner, reference, rng):
    w = rng.normal(size=(3, 4))
    w[w < 0.2] = 0.0  # sparse and signed: zeros, and weights of both signs
    w[0, 0] = -1.25
    expect(learner, reference, w, 0.0)


def test_a_lam_larger_than_every_weight_zeroes_them_all(learner, reference, rng):
    expect(learner, reference, rng.uniform(-1.0, 1.0, size=(4, 3)), 1.5)


def test_large_weights_and_a_large_lam(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=1e3, size=8), 250.0)


def test_float32_weights_work(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(3, 5)).astype(np.float32), 0.5)


def test_float64_weights_give_a_float64_result(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=1e-3, size=(2, 6)), 1e-3 / 3)


def test_weights_are_not_modified(learner, rng):
    w = rng.normal(size=(4, 5))
    w[0] = 0.0
    assert_inputs_unchanged(learner, w, 0.5)  # the values are other tests' job
