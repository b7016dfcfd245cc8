"""Hidden tests of the bayes_posterior kata.

Each test only chooses inputs: ``expect`` compares the learner's posterior with
the reference's and, when they differ, names the mistake model (mistakes.py)
that the answer matches, or says precisely what differs.
"""

import numpy as np

from harness.checks import assert_inputs_unchanged, assert_probabilities, assert_raises, expect


def random_problem(rng, k):
    """A random prior (summing to 1) and random likelihoods in [0.05, 1] of k hypotheses."""
    return rng.dirichlet(np.ones(k)), rng.uniform(0.05, 1.0, size=k)


def test_a_positive_test_for_a_rare_illness(learner, reference):
    expect(learner, reference, np.array([0.01, 0.99]), np.array([0.9, 0.05]))


def test_matches_bayes_rule_on_random_hypotheses(learner, reference, rng):
    for k in (2, 3, 6):
        expect(learner, reference, *random_problem(rng, k))


def test_the_posterior_sums_to_one_when_the_likelihoods_do_not(learner, reference):
    posterior = expect(learner, reference, np.array([0.2, 0.3, 0.5]), np.array([0.9, 0.8, 0.7]))
    assert_probabilities(posterior, axis=-1)


def test_equal_likelihoods_leave_the_prior_unchanged(learner, reference):
    expect(learner, reference, np.array([0.1, 0.6, 0.3]), np.array([0.4, 0.4, 0.4]))


def test_zero_prior_or_zero_likelihood_gives_zero_posterior(learner, reference):
    expect(learner, reference, np.array([0.0, 0.5, 0.25, 0.25]), np.array([0.7, 0.0, 0.3, 0.6]))


def test_a_single_hypothesis_gets_posterior_one(learner, reference):
    expect(learner, reference, np.array([1.0]), np.array([0.3]))


def test_zero_evidence_raises_value_error(learner):
    for prior, likelihood in [
        ([0.5, 0.5, 0.0], [0.0, 0.0, 1.0]),  # the only hypothesis that explains E has prior 0
        ([0.2, 0.8], [0.0, 0.0]),
        ([0.0, 0.0, 0.0], [0.3, 0.9, 0.5]),
    ]:
        arrays = np.array(prior), np.array(likelihood)
        assert_raises(learner, ValueError, *arrays, mistake="evidence_not_checked")


def test_a_tiny_positive_evidence_still_gives_a_posterior(learner, reference):
    expect(learner, reference, np.array([0.3, 0.7]), np.array([1e-250, 3e-250]))
    expect(learner, reference, np.array([0.5, 0.25, 0.25]), np.array([2e-13, 4e-13, 0.0]))


def test_float32_inputs_work(learner, reference, rng):
    prior, likelihood = random_problem(rng, 5)
    expect(learner, reference, prior.astype(np.float32), likelihood.astype(np.float32))


def test_float64_inputs_keep_float64_precision(learner, reference, rng):
    prior, likelihood = random_problem(rng, 4)
    expect(learner, reference, prior, likelihood * 0.999)


def test_inputs_are_not_modified(learner, rng):
    assert_inputs_unchanged(learner, *random_problem(rng, 4))
