"""Hidden tests of the perplexity kata.

Each test only chooses inputs: ``expect`` compares the learner's perplexity with
the reference's and, when they differ, names the mistake model (mistakes.py)
that the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, expect


def test_uniform_logits_give_the_vocabulary_size(learner, reference):
    expect(learner, reference, np.zeros((3, 7)), np.array([0, 6, 2]))


def test_random_logits_give_exp_of_the_mean_negative_log_likelihood(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=2.0, size=(6, 5)), rng.integers(0, 5, size=6))


def test_the_loss_is_averaged_over_the_positions_not_summed(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(12, 4)), rng.integers(0, 4, size=12))


def test_perplexity_is_the_geometric_mean_of_one_over_the_probability(learner, reference):
    # probabilities of the targets 1/2, 1/4 and 1/64: perplexity 8 (the arithmetic mean gives 3.9)
    logits = np.log(np.array([[2.0, 1.0, 1.0], [1.0, 3.0, 0.0], [1.0, 62.0, 1.0]]) + 1e-300)
    expect(learner, reference, logits, np.array([0, 0, 2]))


def test_a_long_sequence_of_many_positions_does_not_overflow(learner, reference, rng):
    expect(learner, reference, rng.normal(scale=1.5, size=(400, 30)), rng.integers(0, 30, size=400))


def test_each_position_is_scored_on_its_own_target(learner, reference, rng):
    logits = rng.normal(scale=3.0, size=(5, 9))
    expect(learner, reference, logits, np.array([8, 0, 3, 3, 6]))


def test_logits_of_1e4_do_not_overflow(learner, reference, rng):
    logits = 1e4 + rng.normal(scale=3.0, size=(4, 6))
    expect(learner, reference, logits, rng.integers(0, 6, size=4))


def test_a_true_token_far_below_the_best_logit_costs_its_exact_log_probability(learner, reference):
    # the third position's target is 800 below the best logit: P = e^-800 underflows to 0,
    # yet the mean loss is about 200 and the perplexity e^200 is finite
    logits = np.array([[2.0, 0.5, -1.0], [0.0, 1.0, 0.0], [800.0, 0.0, 3.0], [-1.0, 0.0, 4.0]])
    expect(learner, reference, logits, np.array([0, 1, 1, 2]))


def test_a_confident_right_prediction_costs_almost_nothing(learner, reference):
    logits = np.array([[40.0, 0.0, -40.0], [-1e3, 1e3, 0.0], [0.0, 0.0, 50.0]])
    expect(learner, reference, logits, np.array([0, 1, 2]))


def test_a_single_position(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(1, 8)), np.array([5]))


def test_int32_targets_work(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(5, 6)), rng.integers(0, 6, size=5).astype(np.int32))


def test_float32_logits_work(learner, reference, rng):
    logits = rng.normal(scale=2.0, size=(6, 10)).astype(np.float32)
    expect(learner, reference, logits, rng.integers(0, 10, size=6), rtol=1e-5, atol=1e-6)


def test_the_perplexity_is_one_python_float(learner, reference, rng):
    expect(learner, reference, rng.normal(size=(7, 3)), rng.integers(0, 3, size=7))


def test_the_inputs_are_not_modified(learner, rng):
    assert_inputs_unchanged(learner, rng.normal(size=(4, 5)), np.array([4, 0, 2, 2]))  # values: other tests
