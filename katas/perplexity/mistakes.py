"""Mistake models of the perplexity kata: what a learner who makes each mistake returns.

Each function takes perplexity's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. Keep a wrong
learner file under tests/submissions/perplexity/ for each model.
"""

import numpy as np

from harness.diagnosis import mistake


def _log_softmax(logits):
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))


def _softmax(logits):
    e = np.exp(logits - np.max(logits, axis=1, keepdims=True))
    return e / np.sum(e, axis=1, keepdims=True)


def _picked(log_probs, targets):
    return log_probs[np.arange(len(targets)), targets]


def _perplexity(log_probs, targets):
    return float(np.exp(-np.mean(_picked(log_probs, targets))))


@mistake(
    "you take the log of softmax probabilities: a probability that underflows to 0 gives "
    "log 0 = -inf and a perplexity of inf; compute log softmax directly, "
    "(x - max) - log Σ exp(x - max)"
)
def log_of_softmax_probabilities(logits, targets):
    return _perplexity(np.log(_softmax(logits)), targets)


@mistake(
    "you take log(p + eps) of a probability: the eps caps the loss of a token whose probability "
    "underflowed near -log(eps); compute log softmax with log-sum-exp",
    epsilon=(1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-12, 1e-15),
)
def log_of_probability_plus_epsilon(logits, targets, epsilon=1e-9):
    return _perplexity(np.log(_softmax(logits) + epsilon), targets)


@mistake(
    "you do not subtract each row's max before exp: exp of a logit above ~709 overflows to inf "
    "and the perplexity becomes NaN or inf; log Σ exp(x) = m + log Σ exp(x - m)"
)
def no_max_shift(logits, targets):
    log_probs = logits - np.log(np.sum(np.exp(logits), axis=1, keepdims=True))
    return _perplexity(log_probs, targets)


@mistake(
    "you take exp of the SUM of the token losses: perplexity is exp of their MEAN, "
    "exp(-(1/N) Σ log P(wᵢ)), so it does not grow with the number of tokens"
)
def exp_of_the_sum(logits, targets):
    return float(np.exp(-np.sum(_picked(_log_softmax(logits), targets))))


@mistake(
    "you raise 2 to a loss in nats (natural log): 2^H needs H in bits (log base 2), e^H "
    "needs H in nats; both give the same perplexity, 2^(loss in nats) does not"
)
def natural_log_then_power_of_2(logits, targets):
    return float(2.0 ** -np.mean(_picked(_log_softmax(logits), targets)))


@mistake(
    "you take exp of a loss in bits (log base 2): e^H needs H in nats (natural log), 2^H "
    "needs H in bits; mixing the two bases gives another number"
)
def log_base_2_then_exp(logits, targets):
    return float(np.exp(-np.mean(_picked(_log_softmax(logits), targets) / np.log(2.0))))


@mistake(
    "you invert the arithmetic mean of the true tokens' probabilities: perplexity is the "
    "geometric mean of 1 / P(wᵢ), exp of the mean of -log P(wᵢ)"
)
def inverse_of_the_mean_probability(logits, targets):
    return float(1.0 / np.mean(np.exp(_picked(_log_softmax(logits), targets))))


@mistake(
    "you pick the true tokens with log_probs[:, targets], an (N, N) matrix of every position's "
    "log probability of every position's target: pick one per row with np.arange(N) and targets"
)
def picked_with_a_column_slice(logits, targets):
    return float(np.exp(-np.mean(_log_softmax(logits)[:, targets])))


@mistake(
    "you use the logits as log-probabilities: they are unnormalised scores, so take log softmax "
    "of each row first (subtract log Σ exp over the vocabulary)"
)
def logits_taken_as_log_probabilities(logits, targets):
    return float(np.exp(-np.mean(_picked(logits, targets))))


@mistake(
    "you return the perplexity of each position, an array of shape (N,): the perplexity is one "
    "number, exp of the MEAN loss over the N positions; return it as a float"
)
def per_position_perplexities(logits, targets):
    return np.exp(-_picked(_log_softmax(logits), targets))
