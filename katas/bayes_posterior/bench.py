"""Bench input of the bayes_posterior kata: size hypotheses, a random prior and likelihoods."""

import numpy as np


def bench_input(size: int, rng: np.random.Generator) -> tuple[tuple, dict]:
    return (rng.dirichlet(np.ones(size)), rng.uniform(size=size)), {}
