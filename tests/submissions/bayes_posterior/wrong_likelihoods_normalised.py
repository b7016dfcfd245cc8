"""Takes the evidence to be the sum of the likelihoods."""

import numpy as np

MISTAKES = "divided_by_the_sum_of_likelihoods"


def bayes_posterior(prior, likelihood):
    evidence = np.sum(likelihood)
    if evidence == 0:
        raise ValueError("no evidence")
    return likelihood * prior / evidence
