"""Mistake models of the binary_cross_entropy kata: what a learner who makes each mistake returns.

Each function takes binary_cross_entropy's arguments and computes the wrong
answer that mistake gives (or raises what it raises). The harness names a mistake
only when a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _loss(y_true, p):
    """The mean loss of already clipped (or unclipped) probabilities, in float64."""
    y = np.asarray(y_true, dtype=np.float64)
    p = np.asarray(p, dtype=np.float64)
    return float(-np.mean(y * np.log(p) + (1.0 - y) * np.log(1.0 - p)))


@mistake(
    "you take the log of p as it is: a probability of exactly 0 or 1 gives log 0 = -inf, so "
    "the loss is inf (or NaN, from 0 * -inf); clip p to [eps, 1 - eps] first"
)
def p_not_clipped(y_true, p, eps=1e-12):
    return _loss(y_true, p)


@mistake(
    "you add eps inside the logs, log(p + eps) and log(1 - p + eps): that changes every "
    "probability close to 0 or 1 (log(1e-9 + 1e-12) is not log(1e-9)); clip p to "
    "[eps, 1 - eps] instead, which leaves the probabilities in between as they are"
)
def eps_added_inside_the_logs(y_true, p, eps=1e-12):
    y = np.asarray(y_true, dtype=np.float64)
    p = np.asarray(p, dtype=np.float64)
    return float(-np.mean(y * np.log(p + eps) + (1.0 - y) * np.log(1.0 - p + eps)))


_POSITIVE = {
    "y == 1": lambda y: y == 1,
    "y > 0.5": lambda y: y > 0.5,
    "y != 0": lambda y: y != 0,
}


@mistake(
    "you pick log p where the label is 1 and log(1 - p) elsewhere: a soft label such as 0.3 "
    "weighs BOTH terms, -[0.3 log p + 0.7 log(1 - p)]; multiply by y and 1 - y instead of "
    "choosing one term",
    positive=tuple(_POSITIVE),
)
def hard_labels_only(y_true, p, eps=1e-12, positive="y == 1"):
    y = np.asarray(y_true, dtype=np.float64)
    clipped = np.clip(np.asarray(p, dtype=np.float64), eps, 1.0 - eps)
    losses = np.where(_POSITIVE[positive](y), -np.log(clipped), -np.log(1.0 - clipped))
    return float(np.mean(losses))


@mistake(
    "you clip with a fixed epsilon and ignore the eps argument: clip p to [eps, 1 - eps] "
    "with the eps you are given (1e-12 by default)",
    fixed=(1e-7, 1e-15, 1e-12, 1e-8, 1e-6, 1e-10, 1e-9),
)
def eps_argument_ignored(y_true, p, eps=1e-12, fixed=1e-7):
    return _loss(y_true, np.clip(np.asarray(p, dtype=np.float64), fixed, 1.0 - fixed))


@mistake(
    "you compute in float32 for float32 inputs: 1 - 1e-12 rounds to 1 in float32, so p = 1 "
    "is not clipped and log(1 - p) = -inf, and every log loses digits; convert y_true and p "
    "to float64 first (the kata asks for float64 arithmetic whatever the inputs' dtype)"
)
def float32_inputs_computed_in_float32(y_true, p, eps=1e-12):
    p = np.asarray(p)
    y = np.asarray(y_true).astype(p.dtype)
    clipped = np.clip(p, eps, 1.0 - eps)
    return float(-np.mean(y * np.log(clipped) + (1.0 - y) * np.log(1.0 - clipped)))
