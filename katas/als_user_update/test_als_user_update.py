"""Hidden tests of the als_user_update kata.

Each test only chooses inputs: ``expect`` compares the learner's P with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def ratings(rng, n_users, n_items, share=0.6, unobserved=0.0):
    """R with ratings where observed, and `unobserved` (or noise, for None) elsewhere."""
    observed = rng.random((n_users, n_items)) < share
    filler = rng.normal(scale=50.0, size=(n_users, n_items)) if unobserved is None else unobserved
    return np.where(observed, rng.uniform(1.0, 5.0, size=(n_users, n_items)), filler), observed


def test_a_fully_observed_user_gets_the_ridge_regression_solution(learner, reference, rng):
    R = rng.uniform(1.0, 5.0, size=(1, 6))
    expect(learner, reference, R, np.ones((1, 6), dtype=bool), rng.normal(size=(6, 2)), 0.5)


def test_unobserved_entries_are_ignored_whatever_they_hold(learner, reference, rng):
    R, observed = ratings(rng, 6, 8, unobserved=None)
    expect(learner, reference, R, observed, rng.normal(size=(8, 3)), 0.1)


def test_unobserved_entries_are_not_ratings_of_zero(learner, reference, rng):
    R, observed = ratings(rng, 6, 8, share=0.5)
    expect(learner, reference, R, observed, rng.normal(size=(8, 3)), 0.2)


def test_the_penalty_is_reg_times_the_identity_whatever_the_number_of_ratings(learner, reference, rng):
    R, observed = ratings(rng, 5, 10)
    observed[0, :] = True
    observed[1, 2:] = False
    expect(learner, reference, R, observed, rng.normal(size=(10, 2)), 1.5)


def test_the_penalty_goes_on_the_diagonal_only(learner, reference, rng):
    R, observed = ratings(rng, 4, 9)
    expect(learner, reference, R, observed, rng.normal(size=(9, 3)), 2.0)


def test_a_user_with_no_observation_gets_zeros(learner, reference, rng):
    R, observed = ratings(rng, 4, 6)
    observed[2] = False
    expect(learner, reference, R, observed, rng.normal(size=(6, 2)), 0.3)


def test_a_user_with_no_observation_gets_zeros_even_with_reg_0(learner, reference, rng):
    R, observed = ratings(rng, 4, 8, share=0.9)
    observed[1] = False
    observed[[0, 2, 3], :3] = True  # the others have at least k = 3 observations
    expect(learner, reference, R, observed, rng.normal(size=(8, 3)), 0.0)


def test_reg_0_with_at_least_k_ratings_is_least_squares(learner, reference, rng):
    R, observed = ratings(rng, 5, 12, share=0.7)
    observed[:, :4] = True
    expect(learner, reference, R, observed, rng.normal(size=(12, 4)), 0.0)


def test_a_batch_of_60_users_and_40_items(learner, reference, rng):
    R, observed = ratings(rng, 60, 40, share=0.3, unobserved=None)
    expect(learner, reference, R, observed, rng.normal(size=(40, 5)), 0.05)


def test_float32_ratings_and_factors(learner, reference, rng):
    R, observed = ratings(rng, 5, 7)
    Q = rng.normal(size=(7, 2)).astype(np.float32)
    expect(learner, reference, R.astype(np.float32), observed, Q, 0.5)


def test_r_observed_and_q_are_not_modified(learner, rng):
    R, observed = ratings(rng, 4, 5, unobserved=None)
    assert_inputs_unchanged(learner, R, observed, rng.normal(size=(5, 2)), 0.1)
