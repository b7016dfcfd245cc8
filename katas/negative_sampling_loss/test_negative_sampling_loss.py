"""Hidden tests of the negative_sampling_loss kata.

Each test only chooses inputs: ``expect`` compares the learner's loss with the
reference's and, when they differ, names the mistake model (mistakes.py) that
the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def _words(rng, d, k, scale=0.5):
    """A center vector (d,), a context vector (d,) and k negative vectors (k, d)."""
    return (
        rng.normal(scale=scale, size=d),
        rng.normal(scale=scale, size=d),
        rng.normal(scale=scale, size=(k, d)),
    )


def test_matches_the_formula_on_random_word_vectors(learner, reference, rng):
    expect(learner, reference, *_words(rng, 8, 5))


def test_each_negative_word_adds_its_own_term_to_the_sum(learner, reference, rng):
    expect(learner, reference, *_words(rng, 6, 15, scale=0.8))


def test_the_context_word_adds_minus_log_sigmoid_of_its_score(learner, reference):
    center = np.array([1.0, -2.0, 0.5])
    context = np.array([0.5, 0.25, 2.0])  # u_o·v_c = 0.5
    negatives = np.array([[1.0, 0.0, 0.0], [0.0, 0.5, 0.0]])  # scores 1 and -1
    expect(learner, reference, center, context, negatives)


def test_negative_words_are_scored_against_the_center_word(learner, reference, rng):
    center = rng.normal(size=5)
    context = -2.0 * center + rng.normal(scale=0.3, size=5)  # far from the center vector
    expect(learner, reference, center, context, rng.normal(size=(4, 5)))


def test_negatives_close_to_the_center_word_cost_more_than_those_far_from_it(learner, reference, rng):
    center = rng.normal(size=6)
    negatives = np.stack([center, -center, 0.5 * center, rng.normal(size=6)])
    expect(learner, reference, center, rng.normal(size=6), negatives)


def test_dot_products_of_1000_give_an_exact_finite_loss(learner, reference):
    center = np.full(4, 10.0)
    context = np.full(4, -25.0)  # u_o·v_c = -1000: -log σ = 1000
    negatives = np.array([[20.0, 20.0, 20.0, 20.0], [-5.0, 0.0, 5.0, 1.0], [-30.0, -30.0, -30.0, -30.0]])
    expect(learner, reference, center, context, negatives)  # 1000 + 800 + 10.0000454 + 0


def test_scores_of_40_keep_float64_precision(learner, reference, rng):
    center = np.array([2.0, 2.0, 2.0, 2.0, 2.0])
    context = np.array([-4.0, -4.0, -4.0, -4.0, -4.0])  # -40
    negatives = np.array([[3.0, 3.0, 3.0, 3.0, 3.0], [-1.0, 0.5, 0.0, 1.0, 0.25]])  # 30 and 1.5
    expect(learner, reference, center, context, negatives)


def test_a_confident_right_model_costs_almost_nothing(learner, reference):
    center = np.array([3.0, 4.0])
    context = np.array([6.0, 8.0])  # +50
    negatives = np.array([[-6.0, -8.0], [-3.0, -4.0]])  # -50 and -25
    expect(learner, reference, center, context, negatives)


def test_without_negative_words_only_the_context_term_is_left(learner, reference, rng):
    center, context, _ = _words(rng, 5, 0)
    expect(learner, reference, center, context, np.zeros((0, 5)))


def test_a_single_negative_word(learner, reference, rng):
    expect(learner, reference, *_words(rng, 10, 1, scale=1.0))


def test_float32_vectors_work(learner, reference, rng):
    center, context, negatives = (v.astype(np.float32) for v in _words(rng, 16, 6))
    expect(learner, reference, center, context, negatives, rtol=1e-5, atol=1e-6)


def test_the_loss_is_one_python_float(learner, reference, rng):
    expect(learner, reference, *_words(rng, 3, 4, scale=1.5))


def test_the_inputs_are_not_modified(learner, rng):
    assert_inputs_unchanged(learner, *_words(rng, 4, 3))  # the values are other tests' job
