"""Mistake models of the negative_sampling_loss kata: what a learner who makes each mistake returns.

Each function takes negative_sampling_loss's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. Keep a wrong
learner file under tests/submissions/negative_sampling_loss/ for each model.
"""

import numpy as np

from harness.diagnosis import mistake


def _minus_log_sigmoid(z):
    """-log σ(z), stable: log(1 + e^-z)."""
    return np.logaddexp(0.0, -z)


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


@mistake(
    "you compute log σ(z) from σ itself (np.log(sigmoid(z)) or log1p(exp(-z))): for a dot product "
    "of -1000, e^1000 overflows or σ underflows to 0, so the loss is inf where it is 1000; "
    "use -log σ(z) = np.logaddexp(0, -z)"
)
def unstable_log_sigmoid(center, context, negatives):
    return float(-np.log(_sigmoid(context @ center)) - np.sum(np.log(_sigmoid(-(negatives @ center)))))


@mistake(
    "you take log(σ(z) + eps): the eps caps each term near -log(eps) when σ underflows, and shifts "
    "every other term a little; use -log σ(z) = np.logaddexp(0, -z), exact for any z",
    epsilon=(1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-12, 1e-15),
)
def log_of_sigmoid_plus_epsilon(center, context, negatives, epsilon=1e-10):
    positive = -np.log(_sigmoid(context @ center) + epsilon)
    return float(positive - np.sum(np.log(_sigmoid(-(negatives @ center)) + epsilon)))


@mistake(
    "your negative words' term is log σ(u_k·v_c), without the minus sign: negatives are pushed "
    "AWAY from the center word, so their term is log σ(-u_k·v_c)"
)
def negatives_without_the_minus_sign(center, context, negatives):
    return float(_minus_log_sigmoid(context @ center) + np.sum(_minus_log_sigmoid(negatives @ center)))


@mistake(
    "you average the negative words' terms: the loss SUMS them, -Σₖ log σ(-u_k·v_c), one term "
    "per negative sample"
)
def mean_over_the_negatives(center, context, negatives):
    return float(_minus_log_sigmoid(context @ center) + np.mean(_minus_log_sigmoid(-(negatives @ center))))


@mistake(
    "your loss leaves out the true context word's term -log σ(u_o·v_c); the loss is that term "
    "plus the negatives' terms"
)
def context_term_left_out(center, context, negatives):
    return float(np.sum(_minus_log_sigmoid(-(negatives @ center))))


@mistake(
    "you score the negative words against the context vector (negatives @ context); every score "
    "is a dot product with the CENTER word's vector v_c: negatives @ center"
)
def negatives_dotted_with_the_context(center, context, negatives):
    return float(_minus_log_sigmoid(context @ center) + np.sum(_minus_log_sigmoid(-(negatives @ context))))


@mistake(
    "you return the log-likelihood log σ(u_o·v_c) + Σₖ log σ(-u_k·v_c), the objective to "
    "maximise; the loss is its negative, a number >= 0"
)
def log_likelihood_not_negated(center, context, negatives):
    return -float(_minus_log_sigmoid(context @ center) + np.sum(_minus_log_sigmoid(-(negatives @ center))))


@mistake(
    "you return one loss per negative word, an array of shape (K,): sum the negatives' terms "
    "and add the context term once, then return a single float"
)
def negative_terms_not_summed(center, context, negatives):
    return _minus_log_sigmoid(context @ center) + _minus_log_sigmoid(-(negatives @ center))
