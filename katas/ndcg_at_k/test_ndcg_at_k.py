"""Hidden tests of the ndcg_at_k kata.

Each test only chooses inputs: ``expect`` compares the learner's NDCG with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_raises, expect


def test_a_small_ranking_matches_the_formula(learner, reference):
    relevance = np.array([3.0, 2.0, 3.0, 0.0, 1.0, 2.0])
    expect(learner, reference, relevance, np.array([0.9, 0.8, 0.1, 0.5, 0.4, 0.7]), 3)


def test_random_graded_relevance_and_distinct_scores(learner, reference, rng):
    relevance = rng.integers(0, 4, size=20).astype(np.float64)
    expect(learner, reference, relevance, rng.normal(size=20), 5)


def test_a_perfect_ranking_scores_one(learner, reference):
    expect(learner, reference, np.array([0.0, 3.0, 1.0, 2.0]), np.array([0.1, 0.9, 0.3, 0.5]), 3)


def test_the_worst_ranking_scores_below_one(learner, reference):
    expect(learner, reference, np.array([2.0, 1.0, 0.0, 0.0]), np.array([0.1, 0.2, 0.3, 0.4]), 2)


def test_tied_scores_rank_the_lower_index_first(learner, reference):
    relevance = np.array([0.0, 2.0, 1.0, 3.0, 0.0, 1.0])
    expect(learner, reference, relevance, np.array([0.5, 0.5, 0.9, 0.5, 0.1, 0.9]), 3)


def test_many_tied_scores_keep_their_index_order(learner, reference, rng):
    relevance = rng.integers(0, 4, size=40).astype(np.float64)
    for k in (1, 4, 10, 25):
        expect(learner, reference, relevance, rng.integers(0, 3, size=40).astype(np.float64), k)


def test_k_larger_than_the_number_of_items_ranks_them_all(learner, reference, rng):
    relevance = rng.integers(0, 4, size=6).astype(np.float64)
    expect(learner, reference, relevance, rng.normal(size=6), 10)


def test_the_ideal_ranking_is_cut_at_k_too(learner, reference):
    relevance = np.array([1.0, 0.0, 2.0, 1.0, 3.0, 1.0, 0.0, 2.0])
    expect(learner, reference, relevance, np.array([0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1]), 2)


def test_one_relevant_item_ranked_second_scores_one_over_log2_of_3(learner, reference):
    expect(learner, reference, np.array([0.0, 1.0, 0.0, 0.0]), np.array([0.9, 0.6, 0.3, 0.7]), 3)


def test_fractional_relevance_below_one_works(learner, reference, rng):
    expect(learner, reference, rng.uniform(0.0, 0.4, size=7), rng.normal(size=7), 4)


def test_k_of_one_looks_at_the_top_item_only(learner, reference, rng):
    relevance = rng.integers(0, 4, size=8).astype(np.float64)
    expect(learner, reference, relevance, rng.normal(size=8), 1)


def test_no_relevant_item_gives_zero_not_nan(learner, reference, rng):
    expect(learner, reference, np.zeros(5), rng.normal(size=5), 3)


def test_integer_relevance_works(learner, reference, rng):
    expect(learner, reference, rng.integers(0, 5, size=12), rng.normal(size=12), 6)


def test_float32_inputs_work(learner, reference, rng):
    relevance = rng.uniform(0.0, 3.0, size=10).astype(np.float32)
    expect(learner, reference, relevance, rng.normal(size=10).astype(np.float32), 4)


def test_k_below_1_raises_value_error(learner, rng):
    relevance, scores = rng.integers(0, 3, size=5).astype(np.float64), rng.normal(size=5)
    for k in (0, -1, -3):
        assert_raises(learner, ValueError, relevance, scores, k, mistake="k_below_1_accepted")


def test_lengths_that_differ_raise_value_error(learner, rng):
    for n_relevance, n_scores in ((5, 4), (4, 5), (1, 3)):
        relevance = rng.integers(1, 3, size=n_relevance).astype(np.float64)
        scores = rng.normal(size=n_scores)
        assert_raises(learner, ValueError, relevance, scores, 2, mistake="lengths_not_checked")


def test_the_inputs_are_not_modified(learner, rng):
    assert_inputs_unchanged(learner, rng.integers(0, 3, size=9).astype(np.float64), rng.normal(size=9), 4)
