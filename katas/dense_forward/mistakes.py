"""Mistake models of the dense_forward kata: what a learner who makes each mistake returns.

Each function takes dense_forward's arguments and computes the wrong answer that
mistake gives (or raises what it raises). The harness names a mistake only when
a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake

ACTIVATIONS = ("relu", "sigmoid", "tanh", "linear")


def _stable_sigmoid(z):
    small = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0, small) / (1.0 + small)


def _activate(z, activation):
    """The right activation of z, or z itself for an unknown name (the models' common part)."""
    if activation == "relu":
        return np.maximum(z, 0.0)
    if activation == "sigmoid":
        return _stable_sigmoid(z)
    if activation == "tanh":
        return np.tanh(z)
    return z


def _checked(activation):
    if activation not in ACTIVATIONS:
        raise ValueError(f"unknown activation {activation!r}")


@mistake(
    'your sigmoid overflows: exp(-z) is inf for z below -709 (NumPy warns "overflow '
    'encountered in exp"), and np.where computes both of its branches on every entry, so an '
    "overflowing branch warns even where it is discarded; compute e = exp(-|z|), at most 1, "
    "and use 1/(1 + e) where z >= 0, e/(1 + e) where z < 0"
)
def sigmoid_overflows(x, W, b, activation="relu"):
    _checked(activation)
    z = x @ W + b
    if activation == "sigmoid":
        with np.errstate(over="ignore"):
            return 1.0 / (1.0 + np.exp(-z))
    return _activate(z, activation)


@mistake(
    "you write tanh with exponentials, (e^z - e^-z)/(e^z + e^-z): for |z| above 710 both are "
    "inf and inf/inf is NaN; use np.tanh, which is stable"
)
def tanh_from_exponentials(x, W, b, activation="relu"):
    _checked(activation)
    z = x @ W + b
    if activation == "tanh":
        with np.errstate(over="ignore", invalid="ignore"):
            return (np.exp(z) - np.exp(-z)) / (np.exp(z) + np.exp(-z))
    return _activate(z, activation)


@mistake(
    "you add the bias after the activation, act(x @ W) + b: the bias shifts the "
    "pre-activation, act(x @ W + b)"
)
def bias_added_after_activation(x, W, b, activation="relu"):
    _checked(activation)
    return _activate(x @ W, activation) + b


@mistake(
    "you multiply by W transposed (x @ W.T, PyTorch's nn.Linear layout): here W has shape "
    "(d_in, d_out), so the product is x @ W"
)
def weights_transposed(x, W, b, activation="relu"):
    _checked(activation)
    return _activate(x @ W.T + b, activation)


@mistake(
    "you use np.max(z, 0), which takes the maximum over axis 0 (the batch), for ReLU: the "
    "elementwise max(z, 0) is np.maximum(z, 0)"
)
def max_instead_of_maximum(x, W, b, activation="relu"):
    _checked(activation)
    z = x @ W + b
    return np.max(z, 0) if activation == "relu" else _activate(z, activation)


@mistake(
    "an unknown activation name falls through to no activation: raise ValueError for any "
    'name other than "relu", "sigmoid", "tanh" and "linear"'
)
def unknown_activation_not_rejected(x, W, b, activation="relu"):
    return _activate(x @ W + b, activation)


@mistake(
    "you accept activation names in any case (activation.lower()): the names are exact, so "
    '"ReLU" or "Sigmoid" must raise ValueError'
)
def activation_names_case_insensitive(x, W, b, activation="relu"):
    activation = activation.lower()
    _checked(activation)
    return _activate(x @ W + b, activation)
