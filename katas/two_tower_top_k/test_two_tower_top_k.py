"""Hidden tests of the two_tower_top_k kata.

Each test only chooses inputs: ``expect`` compares the learner's answer with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_raises, expect


def _tied(rng, n_users, n_items, d=2):
    """Embeddings of small integers: many items share a score."""
    return rng.integers(-1, 2, size=(n_users, d)).astype(float), rng.integers(
        -1, 2, size=(n_items, d)
    ).astype(float)


def test_each_user_gets_the_k_highest_scoring_items_best_first(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(3, 4)), rng.normal(size=(12, 4)), 3)


def test_equal_scores_go_to_the_lower_item_index(learner, reference, rng):
    users, items = _tied(rng, 4, 9)
    expect(learner, reference, users, items, 9)


def test_ties_at_the_kth_place_keep_the_lowest_indices(learner, reference, rng):
    users, items = _tied(rng, 6, 200, d=3)
    expect(learner, reference, users, items, 25)


def test_excluded_items_are_never_returned(learner, reference, rng):
    exclude = rng.random((5, 40)) < 0.5
    expect(learner, reference, rng.normal(size=(5, 8)), rng.normal(size=(40, 8)), 6, exclude)


def test_an_excluded_item_stays_out_when_every_allowed_score_is_negative(learner, reference):
    users = np.array([[1.0, 0.0]])
    items = np.array([[-1.0, 0.0], [-2.0, 0.0], [3.0, 0.0], [-0.5, 0.0]])
    expect(learner, reference, users, items, 2, np.array([[False, False, True, False]]))


def test_k_equal_to_a_users_allowed_items_returns_all_of_them(learner, reference, rng):
    exclude = np.array([[True, False, True, False, False], [False, True, False, True, False]])
    expect(learner, reference, rng.normal(size=(2, 3)), rng.normal(size=(5, 3)), 3, exclude)


def test_k_of_1_gives_each_users_single_best_item(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(7, 5)), rng.normal(size=(30, 5)), 1)


def test_a_catalogue_of_20000_items(learner, reference, rng):
    exclude = rng.random((8, 20000)) < 0.05
    expect(learner, reference, rng.normal(size=(8, 16)), rng.normal(size=(20000, 16)), 20, exclude)


def test_float32_embeddings_give_the_same_ranking(learner, reference, rng):
    users = np.array([[1.0, 2.0], [-1.0, 0.5]], dtype=np.float32)
    expect(learner, reference, users, rng.normal(size=(15, 2)).astype(np.float32).round(1), 4)


def test_the_embeddings_and_the_mask_are_not_modified(learner, rng):
    exclude = rng.random((3, 10)) < 0.3
    assert_inputs_unchanged(learner, rng.normal(size=(3, 4)), rng.normal(size=(10, 4)), 2, exclude)


def test_k_of_0_and_k_above_n_items_raise_value_error(learner, rng):
    users, items = rng.normal(size=(2, 3)), rng.normal(size=(4, 3))
    assert_raises(learner, ValueError, users, items, 0)
    assert_raises(learner, ValueError, users, items, 5)


def test_a_user_with_fewer_than_k_allowed_items_raises_value_error(learner, rng):
    exclude = np.array([[False, False, False, True], [True, False, True, True]])
    assert_raises(learner, ValueError, rng.normal(size=(2, 3)), rng.normal(size=(4, 3)), 2, exclude)
