"""Right: in log space, shifted by the largest log-joint (as a log-sum-exp), which also survives
products that would underflow."""

import numpy as np


def bayes_posterior(prior, likelihood):
    with np.errstate(divide="ignore"):
        log_joint = np.log(prior) + np.log(likelihood)
    peak = np.max(log_joint)
    if peak == -np.inf:
        raise ValueError("the evidence is 0")
    weights = np.exp(log_joint - peak)
    return weights / np.sum(weights)
