"""Mistake models of the dropout kata: what a learner who makes each mistake returns.

Each model draws as the reference does (keep where rng.random(x.shape) >= p) except
for its mistake, so a learner who draws the same way gets its very values; one who
draws another way is matched on the moments (harness/statistics.py).
"""

import numpy as np

from harness.diagnosis import mistake


def _checked(p):
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be in [0, 1], got {p}")


@mistake(
    "you zero entries but do not scale the kept ones by 1/(1 - p): the expected activation "
    "shrinks to (1 - p)·x; inverted dropout divides the survivors by 1 - p during training"
)
def no_rescaling(x, p, rng, training=True):
    _checked(p)
    if not training:
        return x.copy()
    return x * (rng.random(x.shape) >= p)


@mistake(
    "you multiply the kept entries by 1 - p, the old (non-inverted) dropout's test-time "
    "scaling: inverted dropout divides them by 1 - p during training, so that E[result] = x"
)
def scaled_by_one_minus_p(x, p, rng, training=True):
    _checked(p)
    if not training:
        return x.copy()
    return x * (rng.random(x.shape) >= p) * (1.0 - p)


@mistake(
    "you keep each entry with probability p and zero it with probability 1 - p: p is the "
    "probability of dropping (PyTorch's convention), so keep where rng.random(shape) >= p"
)
def keep_probability_inverted(x, p, rng, training=True):
    _checked(p)
    if not training:
        return x.copy()
    if p == 1.0:
        return np.zeros_like(x)
    return x * (rng.random(x.shape) < p) / (1.0 - p)


@mistake(
    "you drop entries even when training is False: in evaluation dropout is the identity, "
    "return (a copy of) x unchanged"
)
def ignores_training(x, p, rng, training=True):
    _checked(p)
    if p == 1.0:
        return np.zeros_like(x)
    return x * (rng.random(x.shape) >= p) / (1.0 - p)


@mistake(
    "with p = 1 you divide by 1 - p = 0, which gives NaN (0/0): every entry is dropped, so "
    "return zeros for p = 1"
)
def nan_when_p_is_one(x, p, rng, training=True):
    _checked(p)
    if not training:
        return x.copy()
    return x * (rng.random(x.shape) >= p) / (1.0 - p)


@mistake(
    "you check p only when training: p outside [0, 1] is a caller's error whatever the mode, "
    "so raise ValueError before looking at training"
)
def checks_p_only_when_training(x, p, rng, training=True):
    if not training:
        return x.copy()
    _checked(p)
    if p == 1.0:
        return np.zeros_like(x)
    return x * (rng.random(x.shape) >= p) / (1.0 - p)


@mistake(
    "your mask does not come from rng (np.random, or a generator of your own): the same seed "
    "must give the same mask; draw with rng.random(x.shape) or rng.binomial"
)
def random_numbers_not_from_rng(x, p, rng, training=True):
    _checked(p)
    if not training or p == 0.0:
        return x.copy()
    if p == 1.0:
        return np.zeros_like(x)
    return x * (np.random.random(x.shape) >= p) / (1.0 - p)
