"""Right values, but multiplies the caller's prior in place."""

MISTAKES = "in_place"


def bayes_posterior(prior, likelihood):
    prior *= likelihood
    evidence = prior.sum()
    if evidence == 0:
        raise ValueError("the evidence is 0")
    return prior / evidence
