"""Mistake models of the bce_with_logits kata: what a learner who makes each mistake returns.

Each function takes bce_with_logits's arguments and computes the wrong answer
that mistake gives (or raises what it raises). The harness names a mistake only
when a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _floats(y_true, logits):
    return np.asarray(y_true, dtype=np.float64), np.asarray(logits, dtype=np.float64)


def _exact_sigmoid(z):
    small = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0, small) / (1.0 + small)


@mistake(
    "you take the logs of sigmoid(z): for |z| beyond about 37, sigmoid rounds to exactly 1 "
    "(or 1 - sigmoid to 0), so log 0 = -inf and the loss is inf or NaN, and already from "
    "|z| near 15 log(1 - sigmoid(z)) loses digits; use max(z, 0) - z*y + log(1 + e^-|z|)"
)
def logs_of_the_sigmoid(y_true, logits):
    y, z = _floats(y_true, logits)
    sigma = 1.0 / (1.0 + np.exp(-z))
    return float(-np.mean(y * np.log(sigma) + (1.0 - y) * np.log(1.0 - sigma)))


@mistake(
    "you clip sigmoid(z) to [eps, 1 - eps] and take the BCE of probabilities: a confident "
    "mistake then costs -log(eps) (27.6 for eps = 1e-12) instead of |z|, and a confident "
    "success costs about eps instead of almost 0; work with the logits, "
    "max(z, 0) - z*y + log(1 + e^-|z|)",
    eps=(1e-12, 1e-7, 1e-15, 1e-8, 1e-6, 1e-10, 1e-9),
)
def logs_of_the_clipped_sigmoid(y_true, logits, eps):
    y, z = _floats(y_true, logits)
    sigma = np.clip(_exact_sigmoid(z), eps, 1.0 - eps)
    return float(-np.mean(y * np.log(sigma) + (1.0 - y) * np.log(1.0 - sigma)))


@mistake(
    "you compute log(1 + e^z) (or log(1 + e^-z)) as written: e^z overflows to inf for z above "
    "709.78 (e^-z below -709.78), so the loss is inf; take the max out first, "
    "log(1 + e^z) = max(z, 0) + log(1 + e^-|z|)"
)
def softplus_overflows(y_true, logits):
    y, z = _floats(y_true, logits)
    return float(np.mean(np.log(1.0 + np.exp(z)) - z * y))


_POSITIVE = {
    "y == 1": lambda y: y == 1,
    "y > 0.5": lambda y: y > 0.5,
    "y != 0": lambda y: y != 0,
}


@mistake(
    "you pick the loss of the label 1 where y is 1 and of the label 0 elsewhere: a soft label "
    "such as 0.3 weighs both, and the loss is max(z, 0) - z*y + log(1 + e^-|z|) for every y in "
    "[0, 1]; use y as a weight instead of choosing",
    positive=tuple(_POSITIVE),
)
def hard_labels_only(y_true, logits, positive="y == 1"):
    y, z = _floats(y_true, logits)
    softplus = np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))  # -log(1 - sigma(z))
    return float(np.mean(np.where(_POSITIVE[positive](y), softplus - z, softplus)))


@mistake(
    "you compute in float32 for float32 inputs: each float32 step rounds to 7 digits; convert "
    "y_true and logits to float64 first (the kata asks for float64 arithmetic whatever the "
    "inputs' dtype)"
)
def float32_inputs_computed_in_float32(y_true, logits):
    z = np.asarray(logits)
    y = np.asarray(y_true).astype(z.dtype)
    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))
