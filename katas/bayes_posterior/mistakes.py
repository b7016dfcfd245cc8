"""Mistake models of the bayes_posterior kata: what a learner who makes each mistake returns.

Each function takes bayes_posterior's arguments and computes the wrong answer
that mistake gives (or raises what it raises). The harness names a mistake only
when a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake

SMALL = (1e-6, 1e-8, 1e-9, 1e-10, 1e-12, 1e-15, 1e-16, float(np.finfo(np.float64).eps))


@mistake(
    "you raise when the evidence is below a small threshold: only an evidence of exactly 0 "
    "is undefined; a tiny positive P(E) such as 1e-250 normalises fine, so compare with == 0",
    threshold=SMALL,
)
def evidence_threshold(prior, likelihood, threshold):
    joint = prior * likelihood
    evidence = np.sum(joint)
    if evidence < threshold:
        raise ValueError("the evidence is too small")
    return joint / evidence


@mistake(
    "you add a small epsilon to the evidence: a tiny P(E) is then swamped and an evidence of "
    "0 gives zeros instead of ValueError; divide by the exact evidence, and raise when it is 0",
    epsilon=SMALL,
)
def epsilon_added_to_the_evidence(prior, likelihood, epsilon):
    joint = prior * likelihood
    return joint / (np.sum(joint) + epsilon)


@mistake(
    "you divide by the evidence without checking it: an evidence of 0 gives 0/0 = NaN; raise "
    "ValueError when P(E) == 0"
)
def evidence_not_checked(prior, likelihood):
    joint = prior * likelihood
    return joint / np.sum(joint)


@mistake(
    "you divide by the sum of the likelihoods: the evidence is P(E) = Σ P(E|H)·P(H), the sum "
    "of the products (likelihoods of one event need not sum to 1)"
)
def divided_by_the_sum_of_likelihoods(prior, likelihood):
    total = np.sum(likelihood)
    if total == 0:
        raise ValueError("the likelihoods sum to 0")
    return prior * likelihood / total
