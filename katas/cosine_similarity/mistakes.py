"""Mistake models of the cosine_similarity kata: what a learner who makes each mistake returns.

Each function takes cosine_similarity's arguments and computes the wrong answer
that mistake gives (or raises what it raises). The harness names a mistake only
when a learner's answer matches its model on a failing test's input.
"""

import numpy as np

from harness.diagnosis import mistake


def _norms(X):
    return np.sqrt(np.sum(X * X, axis=1))


@mistake(
    "you clamp the product of the norms, max(‖a‖·‖b‖, eps) (PyTorch before 1.12): rows with "
    "small norms then get a wrong cosine; clamp each norm on its own, max(‖a‖, eps)·max(‖b‖, eps)"
)
def product_of_norms_clamped(A, B, eps=1e-8):
    return (A @ B.T) / np.maximum(_norms(A)[:, None] * _norms(B)[None, :], eps)


@mistake(
    "you add eps to the norms, ‖a‖ + eps: that changes every cosine a little and rows with "
    "small norms a lot; clamp each norm instead, np.maximum(norm, eps)"
)
def eps_added_to_the_norms(A, B, eps=1e-8):
    return (A @ B.T) / ((_norms(A) + eps)[:, None] * (_norms(B) + eps)[None, :])


@mistake(
    "you ignore the eps argument (a constant 1e-8 in its place): clamp the norms at the eps you are given"
)
def eps_argument_ignored(A, B, eps=1e-8):
    eps = 1e-8
    unit_a = A / np.maximum(_norms(A), eps)[:, None]
    unit_b = B / np.maximum(_norms(B), eps)[:, None]
    return unit_a @ unit_b.T


@mistake(
    "you divide by the norms without clamping them: a zero row gives 0/0 = NaN, and a row "
    "with a norm below eps is blown up to a full cosine; divide by max(‖a‖, eps) instead"
)
def norms_not_clamped(A, B, eps=1e-8):
    return (A @ B.T) / (_norms(A)[:, None] * _norms(B)[None, :])
