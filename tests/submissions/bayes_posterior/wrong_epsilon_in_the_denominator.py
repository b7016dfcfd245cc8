"""Subtle: adds 1e-12 to the evidence "to be safe". Within 1e-11 on ordinary inputs; wrong for a
tiny evidence, and an evidence of 0 returns zeros instead of raising."""

import numpy as np

MISTAKES = "epsilon_added_to_the_evidence"


def bayes_posterior(prior, likelihood):
    unnormalised = prior * likelihood
    return unnormalised / (unnormalised.sum() + 1e-12)
