"""Mistake models of the batchnorm_forward kata: what a learner who makes each mistake returns.

Each function takes batchnorm_forward's arguments and computes the wrong (y, new_mean,
new_var) that mistake gives (or raises what it raises). The harness names a mistake
only when a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _layer(x, gamma, beta, running_mean, running_var, momentum, eps, *, ddof_normalise=0, ddof_running=1):
    """A training step whose two variances may have other ddofs than the right (0, 1)."""
    if x.shape[0] < 2:
        raise ValueError("training needs at least 2 samples")
    mean = x.mean(axis=0)
    x_hat = (x - mean) / np.sqrt(x.var(axis=0, ddof=ddof_normalise) + eps)
    new_mean = (1 - momentum) * running_mean + momentum * mean
    new_var = (1 - momentum) * running_var + momentum * x.var(axis=0, ddof=ddof_running)
    return gamma * x_hat + beta, new_mean, new_var


def _eval(x, gamma, beta, running_mean, running_var, eps):
    x_hat = (x - running_mean) / np.sqrt(running_var + eps)
    return gamma * x_hat + beta, running_mean.copy(), running_var.copy()


@mistake(
    "you normalise with the unbiased variance (divided by N - 1): batch norm divides by the "
    "BIASED variance of the batch, (1/N)Σ(x - μ)²; only the running variance gets the unbiased one"
)
def unbiased_variance_for_normalising(
    x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5
):
    if not training:
        return _eval(x, gamma, beta, running_mean, running_var, eps)
    return _layer(x, gamma, beta, running_mean, running_var, momentum, eps, ddof_normalise=1)


@mistake(
    "you update the running variance with the biased batch variance: PyTorch feeds the "
    "UNBIASED one, σ²·N/(N - 1), into the running average (it normalises with the biased one)"
)
def biased_variance_in_the_running_update(
    x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5
):
    if not training:
        return _eval(x, gamma, beta, running_mean, running_var, eps)
    return _layer(x, gamma, beta, running_mean, running_var, momentum, eps, ddof_running=0)


@mistake(
    "you normalise with the unbiased variance and update the running variance with the biased "
    "one: it is the other way round, normalise with σ² (divided by N), update with σ²·N/(N - 1)"
)
def variances_swapped(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if not training:
        return _eval(x, gamma, beta, running_mean, running_var, eps)
    return _layer(x, gamma, beta, running_mean, running_var, momentum, eps, ddof_normalise=1, ddof_running=0)


@mistake(
    "your momentum weights the old running statistics (Keras's convention): PyTorch's momentum "
    "weights the batch, new = (1 - momentum)·old + momentum·batch"
)
def momentum_the_other_way_round(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if not training:
        return _eval(x, gamma, beta, running_mean, running_var, eps)
    return _layer(x, gamma, beta, running_mean, running_var, 1 - momentum, eps)


@mistake(
    "you add ε outside the square root, σ + ε: the cheat sheet's x̂ = (x - μ)/√(σ² + ε) adds "
    "it to the variance, under the root (it shows for features of tiny variance)"
)
def eps_outside_the_square_root(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    _, new_mean, new_var = _reference(x, gamma, beta, running_mean, running_var, training, momentum, eps)
    mean, var = (x.mean(axis=0), x.var(axis=0)) if training else (running_mean, running_var)
    return gamma * (x - mean) / (np.sqrt(var) + eps) + beta, new_mean, new_var


@mistake("you leave ε out: x̂ = (x - μ)/√(σ² + ε), and without it a feature of zero variance gives 0/0 = NaN")
def eps_left_out(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    return _reference(x, gamma, beta, running_mean, running_var, training, momentum, 0.0)


@mistake(
    "in eval you normalise with the batch's statistics: eval mode uses running_mean and "
    "running_var (and leaves them unchanged), so that a sample's output does not depend on its batch"
)
def batch_statistics_in_eval(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if training:
        return _reference(x, gamma, beta, running_mean, running_var, training, momentum, eps)
    x_hat = (x - x.mean(axis=0)) / np.sqrt(x.var(axis=0) + eps)
    return gamma * x_hat + beta, running_mean.copy(), running_var.copy()


@mistake(
    "you ignore training=False: in eval, normalise with running_mean and running_var and return "
    "them unchanged, do not use the batch's statistics nor update the running ones"
)
def training_flag_ignored(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    """Every call a training step. Checking N, or not, is what two other models name."""
    if training:
        return _reference(x, gamma, beta, running_mean, running_var, True, momentum, eps)
    return small_batch_not_refused(x, gamma, beta, running_mean, running_var, True, momentum, eps)


@mistake(
    "in training you normalise with the running statistics: training normalises with the "
    "batch's own mean and biased variance, and only updates the running ones"
)
def running_statistics_in_training(
    x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5
):
    _, new_mean, new_var = _reference(x, gamma, beta, running_mean, running_var, training, momentum, eps)
    y, _, _ = _eval(x, gamma, beta, running_mean, running_var, eps)
    return y, new_mean, new_var


@mistake(
    "you refuse a batch of fewer than 2 samples in eval too: only training needs two (for the "
    "unbiased variance); eval normalises with the running statistics, whatever N is"
)
def small_batch_refused_in_eval(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if x.shape[0] < 2:
        raise ValueError("batch norm needs at least 2 samples")
    return _reference(x, gamma, beta, running_mean, running_var, training, momentum, eps)


@mistake(
    "you do not refuse a training batch of fewer than 2 samples: its unbiased variance divides "
    "by N - 1 = 0; raise ValueError when training and N < 2 (PyTorch does too)"
)
def small_batch_not_refused(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if not training:
        return _eval(x, gamma, beta, running_mean, running_var, eps)
    n = x.shape[0]
    mean = x.mean(axis=0)
    var = x.var(axis=0)
    y = gamma * (x - mean) / np.sqrt(var + eps) + beta
    return (
        y,
        (1 - momentum) * running_mean + momentum * mean,
        (1 - momentum) * running_var + momentum * var * n / (n - 1),
    )


@mistake(
    "you take the statistics of each sample, along the features (axis=1), as layer norm does: "
    "batch norm normalises each feature over the batch, so take them along axis=0",
    keepdims=(False, True),
)
def statistics_along_the_features(
    x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5, *, keepdims
):
    if not training:
        return _eval(x, gamma, beta, running_mean, running_var, eps)
    n = x.shape[0]
    if n < 2:
        raise ValueError("training needs at least 2 samples")
    mean = x.mean(axis=1, keepdims=keepdims)
    var = x.var(axis=1, keepdims=keepdims)
    y = gamma * (x - mean) / np.sqrt(var + eps) + beta
    new_mean = (1 - momentum) * running_mean + momentum * mean
    new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    return y, new_mean, new_var


@mistake("you swap gamma and beta: gamma scales x̂ and beta shifts it, y = gamma·x̂ + beta")
def gamma_and_beta_swapped(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    return _reference(x, beta, gamma, running_mean, running_var, training, momentum, eps)


@mistake(
    "you compute the variance as E[x²] - E[x]²: for a feature with a large mean the two terms "
    "cancel and the variance loses its digits; average the squared deviations (x - μ)² instead"
)
def variance_from_the_mean_of_squares(
    x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5
):
    if not training:
        return _eval(x, gamma, beta, running_mean, running_var, eps)
    n = x.shape[0]
    if n < 2:
        raise ValueError("training needs at least 2 samples")
    mean = x.mean(axis=0)
    var = (x**2).mean(axis=0) - mean**2
    y = gamma * (x - mean) / np.sqrt(var + eps) + beta
    return (
        y,
        (1 - momentum) * running_mean + momentum * mean,
        (1 - momentum) * running_var + momentum * var * n / (n - 1),
    )


@mistake(
    "you write fixed values for momentum or eps: use the arguments you are given, whose "
    "defaults are only defaults"
)
def hyperparameters_hard_coded(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    return _reference(x, gamma, beta, running_mean, running_var, training, 0.1, 1e-5)


def _reference(x, gamma, beta, running_mean, running_var, training, momentum, eps):
    if not training:
        return _eval(x, gamma, beta, running_mean, running_var, eps)
    return _layer(x, gamma, beta, running_mean, running_var, momentum, eps)
