"""Mistake models of the layer_norm kata: what a learner who makes each mistake returns.

Each function takes layer_norm's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input. Keep a wrong
learner file under tests/submissions/layer_norm/ for each model.
"""

import numpy as np

from harness.diagnosis import mistake


def _normalised(x, axis=-1, ddof=0):
    """(x - mean) / sqrt(var) pieces along axis: the deviations and the variance, keepdims."""
    centred = x - np.mean(x, axis=axis, keepdims=True)
    count = x.shape[axis]
    with np.errstate(divide="ignore", invalid="ignore"):
        variance = np.sum(centred * centred, axis=axis, keepdims=True) / (count - ddof)
    return centred, variance


@mistake(
    "you add eps to the standard deviation, (x - mean) / (sqrt(var) + eps); eps goes inside the "
    "square root: (x - mean) / sqrt(var + eps), as PyTorch's LayerNorm"
)
def eps_outside_the_sqrt(x, gamma, beta, eps=1e-5):
    centred, variance = _normalised(x)
    return gamma * (centred / (np.sqrt(variance) + eps)) + beta


@mistake(
    "you leave eps out: a row whose values are all equal gives 0/0 = NaN and a row with a tiny "
    "spread is blown up; divide by sqrt(var + eps)"
)
def no_eps(x, gamma, beta, eps=1e-5):
    centred, variance = _normalised(x)
    return gamma * (centred / np.sqrt(variance)) + beta


@mistake(
    "you add a fixed epsilon, not the eps argument: use the eps the caller passes",
    epsilon=(1e-5, 1e-6, 1e-8, 1e-12),
)
def eps_argument_ignored(x, gamma, beta, eps=1e-5, epsilon=1e-5):
    centred, variance = _normalised(x)
    return gamma * (centred / np.sqrt(variance + epsilon)) + beta


@mistake(
    "you use the unbiased variance (divided by d - 1, ddof=1); layer norm uses the biased one, "
    "the mean of the squared deviations (divided by d), as PyTorch's LayerNorm"
)
def unbiased_variance(x, gamma, beta, eps=1e-5):
    centred, variance = _normalised(x, ddof=1)
    return gamma * (centred / np.sqrt(variance + eps)) + beta


@mistake(
    "you normalise over axis 0, the batch (that is batch norm); layer norm normalises each "
    "sample over its features, the last axis: axis=-1"
)
def normalised_over_the_batch_axis(x, gamma, beta, eps=1e-5):
    centred, variance = _normalised(x, axis=0)
    return gamma * (centred / np.sqrt(variance + eps)) + beta


@mistake(
    "you normalise over axis 1, which is the feature axis only of a 2-D input; the features are "
    "always the last axis: use axis=-1, so (batch, tokens, d) and (d,) inputs work too"
)
def normalised_over_axis_1(x, gamma, beta, eps=1e-5):
    centred, variance = _normalised(x, axis=1)
    return gamma * (centred / np.sqrt(variance + eps)) + beta


@mistake(
    "your mean and variance along the last axis drop that axis (no keepdims=True), so x - mean "
    "broadcasts along the wrong axis: a square batch mixes rows with columns, other shapes raise"
)
def no_keepdims(x, gamma, beta, eps=1e-5):
    centred = x - np.mean(x, axis=-1)
    variance = np.mean(centred * centred, axis=-1)
    return gamma * (centred / np.sqrt(variance + eps)) + beta


@mistake(
    "you compute the variance as E[x²] - E[x]²: when a row's mean is large next to its spread "
    "(1e6 against 1) the two terms nearly cancel and the variance loses its digits; subtract "
    "the mean first, then average the squared deviations"
)
def variance_as_mean_of_squares_minus_squared_mean(x, gamma, beta, eps=1e-5):
    mean = np.mean(x, axis=-1, keepdims=True)
    variance = np.mean(x * x, axis=-1, keepdims=True) - mean * mean
    return gamma * ((x - mean) / np.sqrt(variance + eps)) + beta


@mistake("you swapped gamma and beta: the result is gamma · x̂ + beta, gamma scales and beta shifts")
def gamma_and_beta_swapped(x, gamma, beta, eps=1e-5):
    centred, variance = _normalised(x)
    return beta * (centred / np.sqrt(variance + eps)) + gamma
