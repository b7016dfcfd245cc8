"""Raises when the evidence is "numerically zero" by np.isclose, which means below 1e-8."""

import numpy as np

MISTAKES = "evidence_threshold"


def bayes_posterior(prior, likelihood):
    joint = likelihood * prior
    evidence = joint.sum()
    if np.isclose(evidence, 0.0):
        raise ValueError("P(E) is zero")
    return joint / evidence
