"""Correct: x minus the whole log-sum-exp, m + log Σ exp(x - m), computed on the axis moved last."""

import numpy as np


def log_softmax(x, axis=-1):
    moved = np.moveaxis(x, axis, -1)
    largest = moved.max(axis=-1)
    log_sum_exp = largest + np.log(np.exp(moved - largest[..., None]).sum(axis=-1))
    return np.moveaxis(moved - log_sum_exp[..., None], -1, axis)
