"""Reference solution of the bayes_posterior kata."""

import numpy as np


def bayes_posterior(prior: np.ndarray, likelihood: np.ndarray) -> np.ndarray:
    """Posterior P(Hᵢ|E) of k hypotheses by Bayes' rule, normalised by the evidence P(E).

    P(Hᵢ|E) = P(E|Hᵢ)·P(Hᵢ) / P(E), with P(E) = Σⱼ P(E|Hⱼ)·P(Hⱼ) (the law of total
    probability over the hypotheses).

    Parameters
    ----------
    prior : ndarray of shape (k,)
        P(Hᵢ), non-negative, float64 or float32.
    likelihood : ndarray of shape (k,)
        P(E|Hᵢ), each in [0, 1]; they need not sum to 1 (one event, k hypotheses).

    Returns
    -------
    ndarray of shape (k,)
        The posterior, summing to 1, in the inputs' float dtype.

    Raises
    ------
    ValueError
        When the evidence P(E) is exactly 0 (no threshold: any positive evidence is used).
    """
    joint = prior * likelihood
    evidence = np.sum(joint)
    if evidence == 0:
        raise ValueError("the evidence P(E) = Σ P(E|H)·P(H) is 0: the posterior is undefined")
    return joint / evidence
