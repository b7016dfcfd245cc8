"""Right: checks that any joint probability is positive, then divides with np.divide."""

import numpy as np


def bayes_posterior(prior, likelihood):
    joint = np.multiply(likelihood, prior)
    if not np.any(joint > 0):
        raise ValueError("P(E) = 0: no hypothesis explains the evidence")
    return np.divide(joint, joint.sum())
