"""Hidden tests of the roc_auc kata.

Each test only chooses inputs: ``expect`` compares the learner's AUC with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_raises, expect


def test_a_perfect_ranking_gives_one(learner, reference):
    expect(learner, reference, np.array([0, 0, 1, 1]), np.array([0.1, 0.4, 0.6, 0.9]))


def test_a_reversed_ranking_gives_zero(learner, reference):
    expect(learner, reference, np.array([1, 1, 0, 0, 0]), np.array([0.1, 0.2, 0.6, 0.7, 0.9]))


def test_matches_the_share_of_correctly_ordered_pairs_on_random_scores(learner, reference, rng):
    for n, share in [(12, 0.5), (40, 0.3), (25, 0.8)]:
        y = (rng.uniform(size=n) < share).astype(np.int64)
        y[:2] = [0, 1]
        expect(learner, reference, y, rng.normal(size=n) + y)


def test_a_positive_and_a_negative_with_the_same_score_count_one_half(learner, reference):
    expect(learner, reference, np.array([0, 1, 0, 1]), np.array([0.2, 0.5, 0.5, 0.9]))


def test_ties_in_coarse_scores_count_one_half_each(learner, reference, rng):
    for _ in range(3):
        y = rng.integers(0, 2, size=60)
        y[:2] = [0, 1]
        expect(learner, reference, y, rng.integers(0, 5, size=60) + y.astype(np.float64))


def test_all_scores_equal_give_one_half(learner, reference):
    expect(learner, reference, np.array([1, 0, 0, 1, 0]), np.full(5, 0.3))


def test_ties_within_one_class_change_nothing(learner, reference):
    y = np.array([0, 0, 0, 1, 1, 1])
    expect(learner, reference, y, np.array([0.2, 0.2, 0.7, 0.5, 0.9, 0.9]))


def test_a_single_positive_among_many_negatives(learner, reference, rng):
    y = np.zeros(30, dtype=np.int64)
    y[17] = 1
    expect(learner, reference, y, rng.normal(size=30))


def test_float_labels_work(learner, reference, rng):
    y = np.array([0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0, 1.0])
    expect(learner, reference, y, rng.normal(size=8) + y)


def test_large_and_negative_scores_work(learner, reference, rng):
    y = rng.integers(0, 2, size=20)
    y[:2] = [0, 1]
    expect(learner, reference, y, rng.normal(scale=1e6, size=20) - 5e6 * y)


def test_only_one_class_raises_value_error(learner):
    for y in (np.zeros(4, dtype=np.int64), np.ones(4, dtype=np.int64), np.ones(3)):
        scores = np.linspace(0.1, 0.9, y.size)
        assert_raises(learner, ValueError, y, scores, mistake="one_class_not_rejected")


def test_scores_closer_than_float32_resolution_are_not_tied(learner, reference):
    scores = 0.5 + np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0]) * 1e-10  # all 0.5 in float32
    expect(learner, reference, np.array([0, 1, 0, 1, 1, 0]), scores)


def test_float32_scores_work(learner, reference, rng):
    y = rng.integers(0, 2, size=16)
    y[:2] = [0, 1]
    expect(learner, reference, y, rng.normal(size=16).astype(np.float32))


def test_inputs_are_not_modified(learner, rng):
    scores = rng.normal(size=10)
    assert_inputs_unchanged(learner, np.array([0, 1] * 5), scores)  # the values are other tests' job
