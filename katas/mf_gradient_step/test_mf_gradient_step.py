"""Hidden tests of the mf_gradient_step kata.

Each test only chooses inputs: ``expect`` compares the learner's (P, Q) with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def factors(rng, n_users=5, n_items=4, k=3):
    return rng.normal(size=(n_users, k)), rng.normal(size=(n_items, k))


def test_one_rating_moves_its_user_and_item_rows_only(learner, reference, rng):
    P, Q = factors(rng)
    expect(learner, reference, P, Q, np.array([2]), np.array([1]), np.array([4.0]), 0.1, 0.0)


def test_the_gradients_of_a_user_with_several_ratings_add_up(learner, reference, rng):
    P, Q = factors(rng)
    users, items = np.array([0, 0, 0, 3]), np.array([0, 1, 2, 3])
    expect(learner, reference, P, Q, users, items, np.array([5.0, 1.0, 3.0, 2.0]), 0.05, 0.0)


def test_the_gradients_of_an_item_rated_by_several_users_add_up(learner, reference, rng):
    P, Q = factors(rng)
    users, items = np.array([1, 2, 4, 0]), np.array([3, 3, 3, 0])
    expect(learner, reference, P, Q, users, items, np.array([4.0, 2.0, 5.0, 1.0]), 0.05, 0.0)


def test_both_gradients_are_taken_at_the_old_p_and_q(learner, reference, rng):
    P, Q = factors(rng)
    users, items = np.array([0, 1, 2]), np.array([0, 1, 2])
    expect(learner, reference, P, Q, users, items, np.array([3.0, -2.0, 4.0]), 0.5, 0.0)


def test_the_penalty_shrinks_rows_that_were_never_observed(learner, reference, rng):
    P, Q = factors(rng, n_users=6, n_items=5)
    users, items = np.array([0, 1]), np.array([2, 2])
    expect(learner, reference, P, Q, users, items, np.array([1.0, 4.0]), 0.1, 0.3)


def test_the_penalty_gradient_is_2_reg_times_the_factors(learner, reference, rng):
    P, Q = factors(rng)
    users, items = np.arange(5), np.array([0, 1, 2, 3, 0])
    ratings = np.einsum("nk,nk->n", P[users], Q[items])  # errors 0: only the penalty moves P and Q
    expect(learner, reference, P, Q, users, items, ratings, 0.1, 0.5)


def test_the_data_term_is_the_mean_over_the_observations(learner, reference, rng):
    P, Q = factors(rng)
    users, items = rng.integers(0, 5, size=12), rng.integers(0, 4, size=12)
    expect(learner, reference, P, Q, users, items, rng.uniform(1.0, 5.0, size=12), 0.05, 0.0)


def test_a_batch_of_500_ratings_with_many_repeats(learner, reference, rng):
    P, Q = factors(rng, n_users=30, n_items=20, k=8)
    users, items = rng.integers(0, 30, size=500), rng.integers(0, 20, size=500)
    expect(learner, reference, P, Q, users, items, rng.uniform(1.0, 5.0, size=500), 0.1, 0.02)


def test_float32_factors_take_the_same_step(learner, reference, rng):
    P, Q = factors(rng, n_users=8, n_items=6)
    users, items = rng.integers(0, 8, size=20), rng.integers(0, 6, size=20)
    ratings = rng.uniform(1.0, 5.0, size=20).astype(np.float32)
    expect(learner, reference, P.astype(np.float32), Q.astype(np.float32), users, items, ratings, 0.05, 0.01)


def test_p_q_and_the_observations_are_not_modified(learner, rng):
    P, Q = factors(rng)
    users, items = np.array([0, 0, 1, 4]), np.array([1, 1, 2, 3])
    assert_inputs_unchanged(learner, P, Q, users, items, np.array([5.0, 4.0, 1.0, 3.0]), 0.1, 0.1)
