"""Hidden tests of the average_precision kata.

Each test only chooses inputs: ``expect`` compares the learner's average precision
with the reference's and, when they differ, names the mistake model (mistakes.py)
that the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_raises, expect


def _one_tie(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Labels with both classes and distinct scores, but for one positive and one negative tied."""
    y = (rng.uniform(size=n) < 0.4).astype(np.int64)
    y[:2] = [1, 0]
    scores = rng.permutation(n).astype(np.float64) / n + 0.5 * y
    scores[1] = scores[0]
    return y, scores


def test_a_perfect_ranking_gives_one(learner, reference):
    expect(learner, reference, np.array([0, 1, 0, 1]), np.array([0.2, 0.9, 0.1, 0.7]))


def test_the_scikit_learn_example_gives_five_sixths(learner, reference):
    expect(learner, reference, np.array([0, 0, 1, 1]), np.array([0.1, 0.4, 0.35, 0.8]))


def test_matches_the_step_sum_on_random_scores(learner, reference, rng):
    for n, share in [(10, 0.5), (40, 0.2), (25, 0.7)]:
        y = (rng.uniform(size=n) < share).astype(np.int64)
        y[:2] = [0, 1]
        expect(learner, reference, y, rng.normal(size=n) + y)


def test_a_positive_tied_with_a_negative_is_one_threshold(learner, reference, rng):
    expect(learner, reference, np.array([0, 1, 1, 0, 1]), np.array([0.9, 0.9, 0.5, 0.3, 0.1]))
    for n in (8, 20):
        expect(learner, reference, *_one_tie(rng, n))


def test_ties_in_coarse_scores_form_one_threshold_each(learner, reference, rng):
    for _ in range(3):
        y = rng.integers(0, 2, size=50)
        y[0] = 1
        expect(learner, reference, y, rng.integers(0, 5, size=50) + y.astype(np.float64))


def test_all_scores_equal_give_the_share_of_positives(learner, reference):
    expect(learner, reference, np.array([1, 0, 0, 1, 0]), np.full(5, 0.3))


def test_a_single_positive_ranked_third_gives_one_third(learner, reference):
    expect(learner, reference, np.array([0, 0, 1, 0, 0, 0]), np.array([0.9, 0.8, 0.7, 0.3, 0.2, 0.1]))


def test_only_positives_give_one(learner, reference, rng):
    expect(learner, reference, np.ones(6, dtype=np.int64), rng.normal(size=6))


def test_no_positive_raises_value_error(learner):
    for y in (np.zeros(4, dtype=np.int64), np.zeros(3)):
        scores = np.linspace(0.1, 0.9, y.size)
        assert_raises(learner, ValueError, y, scores, mistake="no_positive_not_rejected")


def test_float_labels_work(learner, reference, rng):
    y = np.array([1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 1.0])
    expect(learner, reference, y, rng.normal(size=8) + 0.5 * y)


def test_scores_closer_than_float32_resolution_are_distinct_thresholds(learner, reference):
    scores = 0.5 + np.array([5.0, 4.0, 3.0, 2.0, 1.0, 0.0]) * 1e-10  # all 0.5 in float32
    expect(learner, reference, np.array([1, 0, 0, 1, 1, 0]), scores)


def test_float32_scores_work(learner, reference, rng):
    y = rng.integers(0, 2, size=16)
    y[:2] = [0, 1]
    expect(learner, reference, y, rng.normal(size=16).astype(np.float32))


def test_inputs_are_not_modified(learner, rng):
    scores = rng.normal(size=10)
    assert_inputs_unchanged(learner, np.array([0, 1] * 5), scores)  # the values are other tests' job
